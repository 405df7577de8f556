package it.sportello.keycloak.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Answer of {@link RateLimiter#tryAcquire}: whether the attempt may go ahead (and was counted) and, when refused, how
 * long until a new attempt can be allowed if nothing else is attempted meanwhile.
 */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    private static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    public RateLimitDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    static RateLimitDecision allow() {
        return ALLOWED;
    }

    static RateLimitDecision refuse(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter.isNegative() ? Duration.ZERO : retryAfter);
    }

    /** The wait in whole minutes, at least one, for {@link RateLimitMessages#RATE_LIMITED}. */
    public long retryAfterMinutes() {
        long seconds = retryAfter.toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
