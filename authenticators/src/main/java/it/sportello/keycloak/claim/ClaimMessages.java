package it.sportello.keycloak.claim;

/** Message keys of the account-claiming pages; texts in the sportello login theme (themes module), beside the templates. */
final class ClaimMessages {

    static final String CUSTOMER_CODE_REQUIRED = "sportelloClaimCustomerCodeRequired";
    static final String CUSTOMER_CODE_INVALID = "sportelloClaimCustomerCodeInvalid";
    static final String INVOICE_NUMBER_REQUIRED = "sportelloClaimInvoiceNumberRequired";
    static final String INVOICE_NUMBER_INVALID = "sportelloClaimInvoiceNumberInvalid";
    static final String NAME_TOO_LONG = "sportelloClaimNameTooLong";
    static final String PHONE_INVALID = "sportelloClaimPhoneInvalid";
    /**
     * The one answer for an unknown code, a wrong tax ID, a wrong name, a wrong invoice number or no invoice in the
     * window: nothing tells them apart.
     */
    static final String NO_MATCH = "sportelloClaimNoMatch";

    static final String SESSION_EXPIRED = "sportelloClaimSessionExpired";
    static final String EMAIL_REQUIRED = "sportelloClaimEmailRequired";
    static final String EMAIL_INVALID = "sportelloClaimEmailInvalid";
    static final String PASSWORD_REQUIRED = "sportelloClaimPasswordRequired";
    static final String PASSWORD_MISMATCH = "sportelloClaimPasswordMismatch";
    static final String ACTIVATION_NOT_SENT = "sportelloClaimActivationNotSent";

    private ClaimMessages() {}
}
