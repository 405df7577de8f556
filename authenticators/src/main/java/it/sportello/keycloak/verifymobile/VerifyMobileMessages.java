package it.sportello.keycloak.verifymobile;

/** Message keys of the verified-mobile page (login theme, it/en/ro). */
final class VerifyMobileMessages {

    static final String NUMBER_INVALID = "sportelloVerifyMobileNumberInvalid";
    static final String CODE_REQUIRED = "sportelloVerifyMobileCodeRequired";
    static final String CODE_WRONG = "sportelloVerifyMobileCodeWrong";
    static final String CODE_EXHAUSTED = "sportelloVerifyMobileCodeExhausted";
    static final String CODE_EXPIRED = "sportelloVerifyMobileCodeExpired";
    static final String TOO_MANY_CODES = "sportelloVerifyMobileTooManyCodes";
    static final String SEND_FAILED = "sportelloVerifyMobileSendFailed";
    /** The SMS: {0} the code, {1} its lifetime in minutes. */
    static final String SMS_TEXT = "sportelloVerifyMobileSmsText";

    private VerifyMobileMessages() {}
}
