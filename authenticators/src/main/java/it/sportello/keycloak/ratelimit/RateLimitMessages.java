package it.sportello.keycloak.ratelimit;

/**
 * Message keys of the rate limits shared by the forms that use them (claiming, recovery, support); texts in
 * theme-resources/messages of this jar.
 */
public final class RateLimitMessages {

    /** Form error when a rate limit refuses the attempt; parameter 0 is the wait in whole minutes. */
    public static final String RATE_LIMITED = "sportelloRateLimited";

    private RateLimitMessages() {}
}
