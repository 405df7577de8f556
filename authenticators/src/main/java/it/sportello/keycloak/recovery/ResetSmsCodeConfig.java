package it.sportello.keycloak.recovery;

import java.time.Duration;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/**
 * Typed, null-safe view of the SMS code step's settings; defaults live here only, out-of-range values are clamped so
 * that a typo never lifts a limit.
 */
final class ResetSmsCodeConfig {

    static final String MIN_RESPONSE_MILLIS = "minResponseMillis";
    static final String LIFETIME_MINUTES = "codeLifetimeMinutes";
    static final String MAX_TRIES = "maxTries";
    static final String CODES_PER_HOUR = "codesPerHour";

    /** Above what a gateway usually takes to accept an SMS: the answer with an SMS and without one take alike. */
    static final int DEFAULT_MIN_RESPONSE_MILLIS = 1_500;

    static final int MAX_MIN_RESPONSE_MILLIS = 10_000;
    static final int DEFAULT_LIFETIME_MINUTES = 5;
    static final int MAX_LIFETIME_MINUTES = 15;
    static final int DEFAULT_MAX_TRIES = 3;
    static final int MAX_MAX_TRIES = 5;
    static final int DEFAULT_CODES_PER_HOUR = 3;
    static final int MAX_CODES_PER_HOUR = 10;

    private final Map<String, String> config;

    ResetSmsCodeConfig(AuthenticatorConfigModel model) {
        this(model == null ? null : model.getConfig());
    }

    ResetSmsCodeConfig(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    int minResponseMillis() {
        return bounded(MIN_RESPONSE_MILLIS, DEFAULT_MIN_RESPONSE_MILLIS, 0, MAX_MIN_RESPONSE_MILLIS);
    }

    Duration lifetime() {
        return Duration.ofMinutes(bounded(LIFETIME_MINUTES, DEFAULT_LIFETIME_MINUTES, 1, MAX_LIFETIME_MINUTES));
    }

    /** Wrong codes allowed per code sent. */
    int maxTries() {
        return bounded(MAX_TRIES, DEFAULT_MAX_TRIES, 1, MAX_MAX_TRIES);
    }

    /** Codes per account in a sliding hour, whoever asks from wherever. */
    int codesPerHour() {
        return bounded(CODES_PER_HOUR, DEFAULT_CODES_PER_HOUR, 1, MAX_CODES_PER_HOUR);
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
