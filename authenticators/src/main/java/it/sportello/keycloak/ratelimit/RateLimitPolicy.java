package it.sportello.keycloak.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One limit: at most {@code limit} attempts per {@code window} for each key of a {@code scope}. Forms build it from
 * their own configuration, for example {@code new RateLimitPolicy("claim-ip", 20, Duration.ofMinutes(15), SLIDING)}.
 *
 * @param scope what is limited, kebab-case ({@code claim-ip}, {@code claim-code}, {@code support-ip}); it keeps the
 *     counters of different forms apart for the same IP address
 */
public record RateLimitPolicy(String scope, int limit, Duration window, RateLimitMode mode) {

    private static final Pattern SCOPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public RateLimitPolicy {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(mode, "mode");
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("rate limit scope must be kebab-case, at most 40 characters");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must allow at least one attempt");
        }
        if (window.toSeconds() < 1) {
            throw new IllegalArgumentException("rate limit window must be at least one second");
        }
    }

    /** Window length in whole milliseconds, truncated to whole seconds: the store counts lifespans in seconds. */
    long windowMillis() {
        return window.toSeconds() * 1000L;
    }
}
