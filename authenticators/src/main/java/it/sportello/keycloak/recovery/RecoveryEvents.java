package it.sportello.keycloak.recovery;

/**
 * Event errors and details of password recovery (on top of Keycloak's own, such as {@code user_not_found}); they
 * record the account's id when there is one, never what the visitor typed.
 */
final class RecoveryEvents {

    /** Which recovery step wrote the event. */
    static final String STEP = "sportello_reset_step";

    static final String STEP_CHOOSE_USER = "choose-user";
    static final String STEP_SECURITY_QUESTION = "security-question";

    static final String ERROR_INVALID_INPUT = "sportello_reset_invalid_input";
    static final String ERROR_RATE_LIMITED = "sportello_reset_rate_limited";
    static final String ERROR_CAPTCHA = "sportello_reset_captcha";
    /** Outcome of a refused proof of work ({@code ProofOfWorkOutcome}, lower case). */
    static final String CAPTCHA_OUTCOME = "sportello_pow_outcome";
    /** A real account asked again within the mail interval: carried on like an unknown one, no second mail. */
    static final String ERROR_MAIL_TOO_SOON = "sportello_reset_mail_too_soon";

    static final String ERROR_NOT_PREQUALIFIED = "sportello_reset_not_prequalified";
    /** The typed tax ID is not the account holder's ({@code askTaxId}); carries on like an unknown account. */
    static final String ERROR_TAX_ID_MISMATCH = "sportello_reset_tax_id_mismatch";

    static final String ERROR_DIRECTORY_UNAVAILABLE = "sportello_reset_directory_unavailable";
    static final String ERROR_SECURITY_QUESTION_MISSING = "sportello_reset_security_question_missing";

    static final String STEP_SMS_CODE = "sms-code";
    /** Which channel the visitor chose on the choose-user page: {@code email} or {@code sms}. */
    static final String CHANNEL = "sportello_reset_channel";
    /** Why no SMS went out ({@code no_mobile}, {@code limit}) or why the gateway failed (its reason). */
    static final String SMS_REASON = "sportello_sms_reason";

    static final String ERROR_SMS_NOT_SENT = "sportello_reset_sms_not_sent";
    static final String ERROR_SMS_GATEWAY = "sportello_reset_sms_gateway_failed";
    static final String ERROR_SMS_CODE_WRONG = "sportello_reset_sms_code_wrong";
    static final String ERROR_SMS_CODE_EXHAUSTED = "sportello_reset_sms_code_exhausted";
    static final String ERROR_SMS_CODE_EXPIRED = "sportello_reset_sms_code_expired";

    static final String STEP_RECOVERY_EMAIL = "recovery-email";
    /** Why no link went to a backup address ({@code no_recovery_email}). */
    static final String RECOVERY_EMAIL_REASON = "sportello_recovery_email_reason";

    static final String ERROR_RECOVERY_EMAIL_NOT_SENT = "sportello_reset_recovery_email_not_sent";

    private RecoveryEvents() {}
}
