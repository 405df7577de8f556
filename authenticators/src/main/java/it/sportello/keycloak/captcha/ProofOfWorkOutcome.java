package it.sportello.keycloak.captcha;

/**
 * Result of {@link ProofOfWorkService#verify}. Only {@link #OK} lets a form go on; every other outcome is shown to the
 * user as the same {@link CaptchaMessages#POW_REQUIRED} and may be logged as an event detail (it names no secret).
 */
public enum ProofOfWorkOutcome {
    /** Genuine, in time, enough work, first use. */
    OK,
    /** The form carried no challenge or no nonce (scripts blocked, a bot posting directly). */
    MISSING,
    /** Challenge or nonce not in the expected shape. */
    MALFORMED,
    /** The challenge was not issued by this server for this realm and this session or form, or was altered. */
    BAD_SIGNATURE,
    /** The challenge was issued too long ago. */
    EXPIRED,
    /** The nonce does not give a hash with the challenge's number of leading zero bits. */
    INSUFFICIENT_WORK,
    /** The challenge was already used, on this node or another. */
    REPLAYED;

    public boolean ok() {
        return this == OK;
    }
}
