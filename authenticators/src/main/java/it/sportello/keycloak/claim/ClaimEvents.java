package it.sportello.keycloak.claim;

/** Event error and detail names of account claiming; audit without ever recording codes or tax IDs in clear. */
final class ClaimEvents {

    static final String STEP = "sportello_claim_step";
    static final String ERROR_INVALID_INPUT = "sportello_claim_invalid_input";
    static final String ERROR_NO_MATCH = "sportello_claim_no_match";
    static final String ERROR_ALREADY_CLAIMED = "sportello_claim_already_claimed";
    static final String ERROR_EMAIL_IN_USE = "sportello_claim_email_in_use";
    static final String ERROR_SESSION = "sportello_claim_session";
    static final String ERROR_CAPTCHA = "sportello_claim_captcha";
    static final String ERROR_RATE_LIMITED = "sportello_claim_rate_limited";
    /** Why the proof of work was refused (missing, expired, replayed, ...); names no secret. */
    static final String CAPTCHA_OUTCOME = "sportello_pow_outcome";

    private ClaimEvents() {}
}
