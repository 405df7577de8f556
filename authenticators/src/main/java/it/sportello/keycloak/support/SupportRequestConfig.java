package it.sportello.keycloak.support;

import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.keycloak.models.RealmModel;

/**
 * Typed, null-safe view of the support form's settings; defaults live here only. They are realm attributes (admin REST
 * API, realm export) rather than server options: each realm sets its own limits, a change needs no restart, and the
 * integration tests can lower a limit without restarting the shared server. A value that is not a whole number falls
 * back to the default; one out of range is brought to the nearest bound.
 */
final class SupportRequestConfig {

    static final String PREFIX = "sportello.support.";
    /** {@code false} answers 404 and hides the links on the login pages. */
    static final String ENABLED = PREFIX + "enabled";

    static final String IP_LIMIT = PREFIX + "ipLimit";
    static final String IP_WINDOW_MINUTES = PREFIX + "ipWindowMinutes";
    static final String EMAIL_LIMIT = PREFIX + "emailLimit";
    static final String EMAIL_WINDOW_MINUTES = PREFIX + "emailWindowMinutes";
    static final String MIN_RESPONSE_MILLIS = PREFIX + "minResponseMillis";
    static final String MAX_MESSAGE_LENGTH = PREFIX + "maxMessageLength";

    /** Posts per client IP, whether or not they are valid: enough for a few typing mistakes. */
    static final int DEFAULT_IP_LIMIT = 10;

    static final int DEFAULT_IP_WINDOW_MINUTES = 60;
    /** Requests (and so acknowledgement emails) per email address: the form must not become a mail bomb. */
    static final int DEFAULT_EMAIL_LIMIT = 5;

    static final int DEFAULT_EMAIL_WINDOW_MINUTES = 1_440;
    static final int MAX_LIMIT = 1_000;
    static final int MAX_WINDOW_MINUTES = 10_080;

    /** Storing a request linked to a customer must take as long as an unlinked one; the CRM insert is well below. */
    static final int DEFAULT_MIN_RESPONSE_MILLIS = 300;

    static final int MAX_MIN_RESPONSE_MILLIS = 2_000;

    static final int DEFAULT_MAX_MESSAGE_LENGTH = 2_000;
    static final int MIN_MAX_MESSAGE_LENGTH = 100;
    /** The {@code support_ticket.message} column. */
    static final int MAX_MAX_MESSAGE_LENGTH = 4_000;

    static final String IP_SCOPE = "support-ip";
    static final String EMAIL_SCOPE = "support-email";

    private final Function<String, String> attributes;

    SupportRequestConfig(Function<String, String> attributes) {
        this.attributes = attributes;
    }

    static SupportRequestConfig of(RealmModel realm) {
        return new SupportRequestConfig(realm::getAttribute);
    }

    static SupportRequestConfig of(Map<String, String> attributes) {
        return new SupportRequestConfig(attributes::get);
    }

    boolean enabled() {
        String value = attributes.apply(ENABLED);
        return value == null || !"false".equalsIgnoreCase(value.strip());
    }

    RateLimitPolicy ipPolicy() {
        return new RateLimitPolicy(
                IP_SCOPE,
                bounded(IP_LIMIT, DEFAULT_IP_LIMIT, 1, MAX_LIMIT),
                Duration.ofMinutes(bounded(IP_WINDOW_MINUTES, DEFAULT_IP_WINDOW_MINUTES, 1, MAX_WINDOW_MINUTES)),
                RateLimitMode.SLIDING);
    }

    RateLimitPolicy emailPolicy() {
        return new RateLimitPolicy(
                EMAIL_SCOPE,
                bounded(EMAIL_LIMIT, DEFAULT_EMAIL_LIMIT, 1, MAX_LIMIT),
                Duration.ofMinutes(bounded(EMAIL_WINDOW_MINUTES, DEFAULT_EMAIL_WINDOW_MINUTES, 1, MAX_WINDOW_MINUTES)),
                RateLimitMode.SLIDING);
    }

    int minResponseMillis() {
        return bounded(MIN_RESPONSE_MILLIS, DEFAULT_MIN_RESPONSE_MILLIS, 0, MAX_MIN_RESPONSE_MILLIS);
    }

    int maxMessageLength() {
        return bounded(MAX_MESSAGE_LENGTH, DEFAULT_MAX_MESSAGE_LENGTH, MIN_MAX_MESSAGE_LENGTH, MAX_MAX_MESSAGE_LENGTH);
    }

    private int bounded(String key, int fallback, int min, int max) {
        String value = attributes.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(Integer.parseInt(value.strip()), max));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
