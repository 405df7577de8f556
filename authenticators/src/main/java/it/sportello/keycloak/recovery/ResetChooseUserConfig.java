package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.PrequalificationScope;
import it.sportello.keycloak.crm.PrequalificationSource;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.models.AuthenticatorConfigModel;

/**
 * Typed, null-safe view of the choose-user step's settings; defaults live here only. A missing, malformed or
 * out-of-range value falls back to its default (or the nearest bound), so a typo in the admin console never turns the
 * rate limit or the response floor off.
 */
final class ResetChooseUserConfig {

    static final String MIN_RESPONSE_MILLIS = "minResponseMillis";
    static final String IP_LIMIT = "ipAttemptLimit";
    static final String IP_WINDOW_MINUTES = "ipWindowMinutes";
    static final String CAPTCHA_AFTER_REQUESTS = "captchaAfterRequests";
    static final String CAPTCHA_ALWAYS = "captchaAlways";
    static final String MAIL_INTERVAL_MINUTES = "accountMailIntervalMinutes";
    static final String GATE = "prequalificationGate";
    static final String SOURCE = "prequalificationSource";
    static final String PREQUALIFIED_ATTRIBUTE = "prequalifiedAttribute";
    static final String SUPPLIER_ATTRIBUTE = "supplierAttribute";
    static final String ASK_TAX_ID = "askTaxId";
    static final String OFFER_SMS = "offerSms";
    static final String OFFER_RECOVERY_EMAIL = "offerRecoveryEmail";

    /**
     * Above what looking up an account, issuing the link and handing the mail to a nearby SMTP server take: the floor
     * must cover the slowest of those paths, or their difference shows.
     */
    static final int DEFAULT_MIN_RESPONSE_MILLIS = 300;

    static final int MAX_MIN_RESPONSE_MILLIS = 5_000;
    static final int DEFAULT_IP_LIMIT = 20;
    static final int MAX_IP_LIMIT = 10_000;
    static final int DEFAULT_IP_WINDOW_MINUTES = 15;
    static final int MAX_IP_WINDOW_MINUTES = 24 * 60;
    /** Requests from one IP address (or for one typed account name) in the window before the proof of work. */
    static final int DEFAULT_CAPTCHA_AFTER_REQUESTS = 5;

    static final int MAX_CAPTCHA_AFTER_REQUESTS = 1_000;
    /** One reset mail per account in this many minutes, whoever asks from wherever. */
    static final int DEFAULT_MAIL_INTERVAL_MINUTES = 5;

    static final int MAX_MAIL_INTERVAL_MINUTES = 24 * 60;
    static final PrequalificationScope DEFAULT_GATE = PrequalificationScope.SUPPLIERS;
    static final PrequalificationSource DEFAULT_SOURCE = PrequalificationSource.CRM;
    /** The attribute names the CRM federation gives these flags. */
    static final String DEFAULT_PREQUALIFIED_ATTRIBUTE = PrequalificationGate.DEFAULT_PREQUALIFIED_ATTRIBUTE;

    static final String DEFAULT_SUPPLIER_ATTRIBUTE = PrequalificationGate.DEFAULT_SUPPLIER_ATTRIBUTE;

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,255}");

    private final Map<String, String> config;

    ResetChooseUserConfig(AuthenticatorConfigModel model) {
        this(model == null ? null : model.getConfig());
    }

    ResetChooseUserConfig(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    /** Every answer of the page, account or not, takes at least this long (0 turns the floor off). */
    int minResponseMillis() {
        return bounded(MIN_RESPONSE_MILLIS, DEFAULT_MIN_RESPONSE_MILLIS, 0, MAX_MIN_RESPONSE_MILLIS);
    }

    /** Attempts allowed per client IP address and window; 0 turns the limit off (load tests only). */
    int ipLimit() {
        return bounded(IP_LIMIT, DEFAULT_IP_LIMIT, 0, MAX_IP_LIMIT);
    }

    Duration ipWindow() {
        return Duration.ofMinutes(bounded(IP_WINDOW_MINUTES, DEFAULT_IP_WINDOW_MINUTES, 1, MAX_IP_WINDOW_MINUTES));
    }

    /**
     * Requests per IP address, or per typed customer code or email, in the attempt window after which the page asks for
     * the proof of work; 0 turns the check off. Every request counts, whatever it named: a count of failures only would
     * tell which names exist.
     */
    int captchaAfterRequests() {
        return bounded(CAPTCHA_AFTER_REQUESTS, DEFAULT_CAPTCHA_AFTER_REQUESTS, 0, MAX_CAPTCHA_AFTER_REQUESTS);
    }

    /**
     * Whether every request of the page, the first one included, must carry a solved proof of work, whatever the
     * counters say ({@link #captchaAfterRequests()} then only keeps counting). Off by default.
     */
    boolean captchaAlways() {
        return Boolean.parseBoolean(config.getOrDefault(CAPTCHA_ALWAYS, "false").strip());
    }

    /**
     * Whether the page also asks the account holder's tax ID, compared in constant time with the CRM's (or, for an
     * account outside the CRM, its {@code taxId} attribute); a mismatch gets the page and the no-mail of an unknown
     * account. Off by default.
     */
    boolean askTaxId() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_TAX_ID, "false").strip());
    }

    /**
     * Whether the page offers "a code by SMS" next to the emailed link; the flow then needs the
     * {@code sportello-reset-sms-code} step after this one. Off by default.
     */
    boolean offerSms() {
        return Boolean.parseBoolean(config.getOrDefault(OFFER_SMS, "false").strip());
    }

    /**
     * Whether the page offers "a link to my backup address" next to the emailed link; the flow then needs the
     * {@code sportello-reset-recovery-email} step after this one. Off by default.
     */
    boolean offerRecoveryEmail() {
        return Boolean.parseBoolean(
                config.getOrDefault(OFFER_RECOVERY_EMAIL, "false").strip());
    }

    /** At most one reset mail per account in this interval; zero turns the limit off (timing tests only). */
    Duration mailInterval() {
        return Duration.ofMinutes(
                bounded(MAIL_INTERVAL_MINUTES, DEFAULT_MAIL_INTERVAL_MINUTES, 0, MAX_MAIL_INTERVAL_MINUTES));
    }

    /** The shared prequalification gate with this step's scope and source. */
    PrequalificationGate prequalificationGate() {
        return new PrequalificationGate(gate(), source(), supplierAttribute(), prequalifiedAttribute());
    }

    PrequalificationScope gate() {
        return PrequalificationScope.fromConfig(config.get(GATE)).orElse(DEFAULT_GATE);
    }

    PrequalificationSource source() {
        return PrequalificationSource.fromConfig(config.get(SOURCE)).orElse(DEFAULT_SOURCE);
    }

    String prequalifiedAttribute() {
        return attributeName(PREQUALIFIED_ATTRIBUTE, DEFAULT_PREQUALIFIED_ATTRIBUTE);
    }

    String supplierAttribute() {
        return attributeName(SUPPLIER_ATTRIBUTE, DEFAULT_SUPPLIER_ATTRIBUTE);
    }

    private String attributeName(String key, String defaultName) {
        String value = config.get(key);
        return value != null && ATTRIBUTE_NAME.matcher(value.strip()).matches() ? value.strip() : defaultName;
    }

    private int bounded(String key, int defaultValue, int min, int max) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Math.max(min, Math.min(Integer.parseInt(value.strip()), max));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
