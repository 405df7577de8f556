package it.sportello.keycloak.ratelimit;

import java.nio.charset.StandardCharsets;
import org.keycloak.Config;

/** Typed, null-safe view of the {@code single-use-store} rate limiter options; defaults live here only. */
record RateLimiterConfig(boolean enabled, int maxLimit, String keyHashSecret) {

    static final boolean DEFAULT_ENABLED = true;
    static final int DEFAULT_MAX_LIMIT = 100;
    static final int MAX_MAX_LIMIT = 10_000;
    static final int MIN_SECRET_LENGTH = 32;

    RateLimiterConfig {
        if (maxLimit < 1 || maxLimit > MAX_MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "sportello-rate-limit single-use-store: max-limit must be between 1 and " + MAX_MAX_LIMIT);
        }
        keyHashSecret = keyHashSecret == null || keyHashSecret.isBlank() ? "" : keyHashSecret;
        if (!keyHashSecret.isEmpty() && keyHashSecret.length() < MIN_SECRET_LENGTH) {
            // The value itself is never part of the message.
            throw new IllegalArgumentException(
                    "sportello-rate-limit single-use-store: key-hash-secret must have at least " + MIN_SECRET_LENGTH
                            + " characters");
        }
    }

    static RateLimiterConfig defaults() {
        return new RateLimiterConfig(DEFAULT_ENABLED, DEFAULT_MAX_LIMIT, "");
    }

    static RateLimiterConfig from(Config.Scope scope) {
        return new RateLimiterConfig(
                scope.getBoolean(RateLimiterConfigProperties.ENABLED, DEFAULT_ENABLED),
                scope.getInt(RateLimiterConfigProperties.MAX_LIMIT, DEFAULT_MAX_LIMIT),
                scope.get(RateLimiterConfigProperties.KEY_HASH_SECRET));
    }

    byte[] keyHashSecretBytes() {
        return keyHashSecret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RateLimiterConfig[enabled=" + enabled + ", maxLimit=" + maxLimit + ", keyHashSecret="
                + (keyHashSecret.isEmpty() ? "none" : "set") + "]";
    }
}
