package it.sportello.keycloak.broker;

/** Message keys of the broker link pages; texts in the sportello login theme (themes module), beside the templates. */
final class BrokerLinkMessages {

    static final String CONFIRM_TITLE = "sportelloBrokerConfirmTitle";
    static final String CONFIRM_INTRO = "sportelloBrokerConfirmIntro";
    static final String CONFIRM_NOTICE = "sportelloBrokerConfirmNotice";
    static final String CONFIRM_YES = "sportelloBrokerConfirmYes";
    static final String CONFIRM_NO = "sportelloBrokerConfirmNo";
    static final String CHOOSE_TITLE = "sportelloBrokerChooseTitle";
    static final String CHOOSE_INTRO = "sportelloBrokerChooseIntro";
    static final String CHOOSE_SUBMIT = "sportelloBrokerChooseSubmit";
    static final String CODE_REQUIRED = "sportelloBrokerCodeRequired";
    static final String CODE_NOT_YOURS = "sportelloBrokerCodeNotYours";
    static final String NONE_TITLE = "sportelloBrokerNoneTitle";
    static final String NONE_TEXT = "sportelloBrokerNoneText";
    static final String NO_TAX_ID_TEXT = "sportelloBrokerNoTaxIdText";
    static final String NOT_LINKED_TEXT = "sportelloBrokerNotLinkedText";
    static final String NONE_CLAIM = "sportelloBrokerNoneClaim";
    static final String NONE_SUPPORT = "sportelloBrokerNoneSupport";

    private BrokerLinkMessages() {}
}
