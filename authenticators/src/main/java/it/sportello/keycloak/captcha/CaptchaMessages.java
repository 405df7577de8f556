package it.sportello.keycloak.captcha;

/**
 * Message keys of the proof-of-work check shared by the forms that use it (claiming, recovery, support); texts in
 * theme-resources/messages of this jar.
 */
public final class CaptchaMessages {

    /** Status while the browser computes the proof of work. */
    public static final String POW_WORKING = "sportelloPowWorking";
    /** Status once the proof of work is found. */
    public static final String POW_DONE = "sportelloPowDone";
    /** Status when the browser cannot run the check (no Web Crypto, scripts blocked). */
    public static final String POW_UNSUPPORTED = "sportelloPowUnsupported";
    /** Form error for every outcome but OK: nothing tells a forged, expired or replayed challenge apart. */
    public static final String POW_REQUIRED = "sportelloPowRequired";

    private CaptchaMessages() {}
}
