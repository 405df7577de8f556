package it.sportello.keycloak.ratelimit;

import org.keycloak.provider.Provider;

/**
 * Cluster-wide attempt counters for the public forms (claiming, recovery, support), obtained with
 * {@code session.getProvider(RateLimiter.class)}. Keys are client IPs, customer codes and the like: implementations
 * store only a hash of them, and callers must not log them either.
 *
 * <p>A form typically calls {@link #tryAcquire} before doing any work and refuses the request with
 * {@link RateLimitMessages#RATE_LIMITED} when not allowed; calls {@link #recordFailure} when the answer was wrong and asks
 * for the proof-of-work check once {@link #failures} reaches its threshold; and may call {@link #reset} after a
 * success.
 */
public interface RateLimiter extends Provider {

    /** May this attempt go ahead? If it may, it is counted in the same step. */
    RateLimitDecision tryAcquire(RateLimitPolicy policy, String key);

    /** Counts a failed attempt (wrong code, wrong answer) of this key; counts saturate at the policy's limit. */
    void recordFailure(RateLimitPolicy policy, String key);

    /** Failed attempts of this key within the policy's window, at most the policy's limit. */
    int failures(RateLimitPolicy policy, String key);

    /** Forgets the attempts and failures of this key, for example after a successful claim. */
    void reset(RateLimitPolicy policy, String key);
}
