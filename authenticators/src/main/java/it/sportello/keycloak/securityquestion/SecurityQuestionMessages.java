package it.sportello.keycloak.securityquestion;

/**
 * Message keys of the security question (account console, setup page); texts in
 * theme-resources/messages of this jar. The question texts are keyed by {@link SecurityQuestions}.
 */
final class SecurityQuestionMessages {

    /** Account console, "Signing in" page. */
    static final String DISPLAY_NAME = "sportelloSecurityQuestionDisplayName";

    static final String HELP_TEXT = "sportelloSecurityQuestionHelpText";

    /** The setup page. */
    static final String CONFIG_TITLE = "sportelloSecurityQuestionConfigTitle";

    static final String CONFIG_INTRO = "sportelloSecurityQuestionConfigIntro";
    static final String CONFIG_REPLACE_NOTICE = "sportelloSecurityQuestionConfigReplaceNotice";
    static final String QUESTION_LABEL = "sportelloSecurityQuestionQuestion";
    static final String QUESTION_PLACEHOLDER = "sportelloSecurityQuestionChoose";
    static final String ANSWER_LABEL = "sportelloSecurityQuestionAnswer";
    static final String ANSWER_CONFIRM_LABEL = "sportelloSecurityQuestionAnswerConfirm";
    static final String ANSWER_HINT = "sportelloSecurityQuestionAnswerHint";
    static final String SAVE = "sportelloSecurityQuestionSave";

    /** Field errors of the setup page. */
    static final String QUESTION_REQUIRED = "sportelloSecurityQuestionQuestionRequired";

    static final String ANSWER_REQUIRED = "sportelloSecurityQuestionAnswerRequired";
    /** Parameters: the minimum and maximum number of characters. */
    static final String ANSWER_LENGTH = "sportelloSecurityQuestionAnswerLength";

    static final String ANSWER_MISMATCH = "sportelloSecurityQuestionAnswerMismatch";

    private SecurityQuestionMessages() {}
}
