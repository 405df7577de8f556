package it.sportello.keycloak.recoveryemail;

/** Message keys of the backup-address page (login theme, it/en/ro). */
final class VerifyRecoveryEmailMessages {

    static final String ADDRESS_INVALID = "sportelloRecoveryEmailInvalid";
    static final String ADDRESS_IS_PRIMARY = "sportelloRecoveryEmailIsPrimary";
    static final String CODE_REQUIRED = "sportelloRecoveryEmailCodeRequired";
    static final String CODE_WRONG = "sportelloRecoveryEmailCodeWrong";
    static final String CODE_EXHAUSTED = "sportelloRecoveryEmailCodeExhausted";
    static final String CODE_EXPIRED = "sportelloRecoveryEmailCodeExpired";
    static final String TOO_MANY_CODES = "sportelloRecoveryEmailTooManyCodes";
    static final String SEND_FAILED = "sportelloRecoveryEmailSendFailed";

    private VerifyRecoveryEmailMessages() {}
}
