package it.sportello.keycloak.abuse;

/**
 * Message keys shared by the forms that use rate limits and the proof-of-work check (claiming, recovery, support);
 * texts in theme-resources/messages of this jar.
 */
public final class AbuseMessages {

    /** Status while the browser computes the proof of work. */
    public static final String POW_WORKING = "sportelloPowWorking";
    /** Status once the proof of work is found. */
    public static final String POW_DONE = "sportelloPowDone";
    /** Status when the browser cannot run the check (no Web Crypto, scripts blocked). */
    public static final String POW_UNSUPPORTED = "sportelloPowUnsupported";
    /** Form error for every outcome but OK: nothing tells a forged, expired or replayed challenge apart. */
    public static final String POW_REQUIRED = "sportelloPowRequired";
    /** Form error when a rate limit refuses the attempt; parameter 0 is the wait in whole minutes. */
    public static final String RATE_LIMITED = "sportelloRateLimited";

    private AbuseMessages() {}
}
