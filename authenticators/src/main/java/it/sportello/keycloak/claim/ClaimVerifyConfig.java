package it.sportello.keycloak.claim;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed view of the verify step's settings; defaults and bounds live here only. */
final class ClaimVerifyConfig {

    static final String PROOF_OF_POSSESSION = "proofOfPossession";
    static final String ASK_NAME = "askName";
    static final String ASK_PHONE = "askPhone";
    static final String MIN_RESPONSE_MILLIS = "minResponseMillis";
    static final String IP_FAILURE_LIMIT = "ipFailureLimit";
    static final String CODE_FAILURE_LIMIT = "codeFailureLimit";
    static final String FAILURE_WINDOW_MINUTES = "failureWindowMinutes";
    static final String CAPTCHA_AFTER_FAILURES = "captchaAfterFailures";

    static final int DEFAULT_MIN_RESPONSE_MILLIS = 150;
    static final int MAX_MIN_RESPONSE_MILLIS = 2_000;
    static final int DEFAULT_IP_FAILURE_LIMIT = 20;
    static final int DEFAULT_CODE_FAILURE_LIMIT = 5;
    static final int DEFAULT_FAILURE_WINDOW_MINUTES = 15;
    static final int MAX_FAILURE_WINDOW_MINUTES = 1_440;
    static final int DEFAULT_CAPTCHA_AFTER_FAILURES = 3;
    /** Counters live in cache entries, one per failure: more than this per key and window is not what they are for. */
    static final int MAX_FAILURE_COUNT = 1_000;

    /** How far back an invoice counts as proof of possession. */
    static final Period PROOF_WINDOW = Period.ofMonths(12);

    private final Map<String, String> config;

    ClaimVerifyConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    /** What besides code and tax ID proves the holder of the supply; on unless set to "off". */
    ProofOfPossession proofOfPossession() {
        return ProofOfPossession.of(config.get(PROOF_OF_POSSESSION));
    }

    /** The first issue day of the invoices that count as proof, seen from {@code today}. */
    static LocalDate proofSince(LocalDate today) {
        return today.minus(PROOF_WINDOW);
    }

    /** Whether the last name or company name as on the invoice is asked and must match too. */
    boolean askName() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_NAME, "false"));
    }

    /** Whether an optional phone number is asked (stored on the account as a contact). */
    boolean askPhone() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_PHONE, "false"));
    }

    /**
     * Every verify answer, match or not, takes at least this long: the CRM lookup of an existing code costs a little
     * more than of an unknown one, and the floor keeps that difference from showing.
     */
    int minResponseMillis() {
        return integer(MIN_RESPONSE_MILLIS, DEFAULT_MIN_RESPONSE_MILLIS, 0, MAX_MIN_RESPONSE_MILLIS);
    }

    /** Failed verifications from one client IP within the window before it is refused; 0 = no limit. */
    int ipFailureLimit() {
        return integer(IP_FAILURE_LIMIT, DEFAULT_IP_FAILURE_LIMIT, 0, MAX_FAILURE_COUNT);
    }

    /** Failed verifications for one typed customer code within the window before it is refused; 0 = no limit. */
    int codeFailureLimit() {
        return integer(CODE_FAILURE_LIMIT, DEFAULT_CODE_FAILURE_LIMIT, 0, MAX_FAILURE_COUNT);
    }

    Duration failureWindow() {
        return Duration.ofMinutes(
                integer(FAILURE_WINDOW_MINUTES, DEFAULT_FAILURE_WINDOW_MINUTES, 1, MAX_FAILURE_WINDOW_MINUTES));
    }

    /** Failures (per IP or per code) after which the proof-of-work check is required; 0 = never. */
    int captchaAfterFailures() {
        return integer(CAPTCHA_AFTER_FAILURES, DEFAULT_CAPTCHA_AFTER_FAILURES, 0, MAX_FAILURE_COUNT);
    }

    private int integer(String key, int defaultValue, int min, int max) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Math.max(min, Math.min(Integer.parseInt(value.trim()), max));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
