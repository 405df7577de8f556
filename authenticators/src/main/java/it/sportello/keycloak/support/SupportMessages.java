package it.sportello.keycloak.support;

/**
 * Message keys of the support request form and its confirmation page, as the code and the templates
 * (sportello-support.ftl, sportello-support-sent.ftl, footer.ftl) use them; texts in theme-resources/messages of this
 * jar. Errors of the tax ID field come from the tax ID parser's own keys, the proof of work and the rate limits from
 * {@link it.sportello.keycloak.captcha.CaptchaMessages} and {@link it.sportello.keycloak.ratelimit.RateLimitMessages}; the acknowledgement email's texts are in the sportello email
 * theme.
 */
public final class SupportMessages {

    /** Footer of the login and reset-password pages: "Need help?" and the link to the form. */
    public static final String LINK_INTRO = "sportelloSupportLinkIntro";

    public static final String LINK = "sportelloSupportLink";

    public static final String TITLE = "sportelloSupportTitle";
    public static final String INTRO = "sportelloSupportIntro";
    public static final String REQUESTER_KIND = "sportelloSupportRequesterKind";
    public static final String KIND_PERSON = "sportelloSupportKindPerson";
    public static final String KIND_COMPANY = "sportelloSupportKindCompany";
    public static final String FIRST_NAME = "sportelloSupportFirstName";
    public static final String LAST_NAME = "sportelloSupportLastName";
    public static final String COMPANY_NAME = "sportelloSupportCompanyName";
    public static final String CONTACT_PERSON = "sportelloSupportContactPerson";
    public static final String CUSTOMER_CODE = "sportelloSupportCustomerCode";
    public static final String CUSTOMER_CODE_HELP = "sportelloSupportCustomerCodeHelp";
    public static final String TAX_ID = "sportelloSupportTaxId";
    public static final String EMAIL = "sportelloSupportEmail";
    public static final String EMAIL_HELP = "sportelloSupportEmailHelp";
    public static final String PHONE = "sportelloSupportPhone";
    public static final String MESSAGE = "sportelloSupportMessage";
    /** Parameter 0: the most characters a message may have. */
    public static final String MESSAGE_HELP = "sportelloSupportMessageHelp";

    public static final String SEND = "sportelloSupportSend";

    public static final String KIND_REQUIRED = "sportelloSupportKindRequired";
    public static final String FIRST_NAME_REQUIRED = "sportelloSupportFirstNameRequired";
    public static final String LAST_NAME_REQUIRED = "sportelloSupportLastNameRequired";
    public static final String COMPANY_NAME_REQUIRED = "sportelloSupportCompanyNameRequired";
    public static final String CONTACT_PERSON_REQUIRED = "sportelloSupportContactPersonRequired";
    /** Parameter 0: the most characters the field may have. */
    public static final String TOO_LONG = "sportelloSupportTooLong";

    public static final String CUSTOMER_CODE_INVALID = "sportelloSupportCustomerCodeInvalid";
    public static final String EMAIL_REQUIRED = "sportelloSupportEmailRequired";
    public static final String EMAIL_INVALID = "sportelloSupportEmailInvalid";
    public static final String PHONE_INVALID = "sportelloSupportPhoneInvalid";
    public static final String MESSAGE_REQUIRED = "sportelloSupportMessageRequired";
    /** The form token did not match its cookie: an old page, cookies blocked, or a post from another site. */
    public static final String FORM_EXPIRED = "sportelloSupportFormExpired";
    /** The CRM could not store the request. */
    public static final String UNAVAILABLE = "sportelloSupportUnavailable";

    public static final String SENT_TITLE = "sportelloSupportSentTitle";
    public static final String SENT_TEXT = "sportelloSupportSentText";
    public static final String SENT_TICKET = "sportelloSupportSentTicket";
    public static final String SENT_MAIL = "sportelloSupportSentMail";
    public static final String SENT_NO_MAIL = "sportelloSupportSentNoMail";

    private SupportMessages() {}
}
