package it.sportello.keycloak.ratelimit;

/** How attempts are counted over time. */
public enum RateLimitMode {
    /** Counts per calendar window of the policy's length: cheap, but allows up to twice the limit across a boundary. */
    FIXED,
    /**
     * Weighs the previous window's count by how much of it still overlaps the last window-length of time (the
     * "sliding window counter" approximation): no burst at the boundary, one more read per attempt.
     */
    SLIDING
}
