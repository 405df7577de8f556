package it.sportello.keycloak.recovery;

/**
 * Message keys of password recovery: the page texts are in the {@code sportello} login theme, the admin-console labels
 * of the settings in theme-resources/messages of this jar. The one answer every visitor gets after the choose-user
 * page is Keycloak's own {@code emailSentMessage}, which the login theme rewords.
 */
final class RecoveryMessages {

    /** Field errors of the choose-user page; they depend on what was typed, never on which accounts exist. */
    static final String IDENTIFIER_REQUIRED = "sportelloResetIdentifierRequired";

    static final String IDENTIFIER_INVALID = "sportelloResetIdentifierInvalid";
    /** The CRM could not be asked; said to everyone alike, since every lookup asks it. */
    static final String UNAVAILABLE = "sportelloResetUnavailable";

    /** Security question step. */
    static final String ANSWER_REQUIRED = "sportelloResetSecurityAnswerRequired";

    static final String ANSWER_WRONG = "sportelloResetSecurityAnswerWrong";
    static final String LOCKED_OUT = "sportelloResetSecurityQuestionLocked";
    static final String QUESTION_MISSING = "sportelloResetSecurityQuestionMissing";

    /** Admin-console labels and help texts of the choose-user settings. */
    static final String CONFIG_MIN_RESPONSE = "sportelloResetConfigMinResponse";

    static final String CONFIG_MIN_RESPONSE_HELP = "sportelloResetConfigMinResponseHelp";
    static final String CONFIG_IP_LIMIT = "sportelloResetConfigIpLimit";
    static final String CONFIG_IP_LIMIT_HELP = "sportelloResetConfigIpLimitHelp";
    static final String CONFIG_IP_WINDOW = "sportelloResetConfigIpWindow";
    static final String CONFIG_IP_WINDOW_HELP = "sportelloResetConfigIpWindowHelp";
    static final String CONFIG_CAPTCHA_AFTER_REQUESTS = "sportelloResetConfigCaptchaAfterRequests";
    static final String CONFIG_CAPTCHA_AFTER_REQUESTS_HELP = "sportelloResetConfigCaptchaAfterRequestsHelp";
    static final String CONFIG_CAPTCHA_ALWAYS = "sportelloResetConfigCaptchaAlways";
    static final String CONFIG_CAPTCHA_ALWAYS_HELP = "sportelloResetConfigCaptchaAlwaysHelp";
    static final String TAX_ID = "sportelloResetTaxId";
    static final String CONFIG_ASK_TAX_ID = "sportelloResetConfigAskTaxId";
    static final String CONFIG_ASK_TAX_ID_HELP = "sportelloResetConfigAskTaxIdHelp";
    static final String CONFIG_OFFER_SMS = "sportelloResetConfigOfferSms";
    static final String CONFIG_OFFER_SMS_HELP = "sportelloResetConfigOfferSmsHelp";
    static final String CONFIG_OFFER_RECOVERY_EMAIL = "sportelloResetConfigOfferRecoveryEmail";
    static final String CONFIG_OFFER_RECOVERY_EMAIL_HELP = "sportelloResetConfigOfferRecoveryEmailHelp";

    /** The SMS code step. */
    static final String SMS_CODE_REQUIRED = "sportelloResetSmsCodeRequired";

    static final String SMS_CODE_WRONG = "sportelloResetSmsCodeWrong";
    static final String SMS_CODE_EXHAUSTED = "sportelloResetSmsCodeExhausted";
    static final String SMS_CODE_EXPIRED = "sportelloResetSmsCodeExpired";
    static final String SMS_RESENT = "sportelloResetSmsResent";
    static final String SMS_FAILED = "sportelloResetSmsFailed";
    /** The text of the SMS: {0} the code, {1} its lifetime in minutes. */
    static final String SMS_TEXT = "sportelloResetSmsText";

    static final String CONFIG_SMS_MIN_RESPONSE = "sportelloResetSmsConfigMinResponse";
    static final String CONFIG_SMS_MIN_RESPONSE_HELP = "sportelloResetSmsConfigMinResponseHelp";
    static final String CONFIG_SMS_LIFETIME = "sportelloResetSmsConfigLifetime";
    static final String CONFIG_SMS_LIFETIME_HELP = "sportelloResetSmsConfigLifetimeHelp";
    static final String CONFIG_SMS_MAX_TRIES = "sportelloResetSmsConfigMaxTries";
    static final String CONFIG_SMS_MAX_TRIES_HELP = "sportelloResetSmsConfigMaxTriesHelp";
    static final String CONFIG_SMS_PER_HOUR = "sportelloResetSmsConfigPerHour";
    static final String CONFIG_SMS_PER_HOUR_HELP = "sportelloResetSmsConfigPerHourHelp";

    static final String CONFIG_MAIL_INTERVAL = "sportelloResetConfigMailInterval";
    static final String CONFIG_MAIL_INTERVAL_HELP = "sportelloResetConfigMailIntervalHelp";
    static final String CONFIG_GATE = "sportelloResetConfigGate";
    static final String CONFIG_GATE_HELP = "sportelloResetConfigGateHelp";
    static final String CONFIG_SOURCE = "sportelloResetConfigSource";
    static final String CONFIG_SOURCE_HELP = "sportelloResetConfigSourceHelp";
    static final String CONFIG_PREQUALIFIED_ATTRIBUTE = "sportelloResetConfigPrequalifiedAttribute";
    static final String CONFIG_PREQUALIFIED_ATTRIBUTE_HELP = "sportelloResetConfigPrequalifiedAttributeHelp";
    static final String CONFIG_SUPPLIER_ATTRIBUTE = "sportelloResetConfigSupplierAttribute";
    static final String CONFIG_SUPPLIER_ATTRIBUTE_HELP = "sportelloResetConfigSupplierAttributeHelp";

    /** Admin-console label and help text of the security question step's setting. */
    static final String CONFIG_QUESTION_MODE = "sportelloResetConfigQuestionMode";

    static final String CONFIG_QUESTION_MODE_HELP = "sportelloResetConfigQuestionModeHelp";

    private RecoveryMessages() {}
}
