package it.sportello.keycloak.broker;

/**
 * Event detail and error names of the broker link step, on Keycloak's {@code IDENTITY_PROVIDER_FIRST_LOGIN} event.
 * Never the tax ID or the customer code: the account is named by its id once known.
 */
final class BrokerLinkEvents {

    static final String STEP = "sportello_broker_step";
    /** "none", "one", "several": how many customer files the asserted tax ID has (the holder's own fact). */
    static final String CUSTOMERS = "sportello_broker_customers";
    /** "unclaimed" or "claimed": whether the customer file already had portal access. */
    static final String ACCOUNT = "sportello_broker_account";

    static final String ERROR_NO_TAX_ID = "sportello_broker_no_tax_id";
    static final String ERROR_INVALID_TAX_ID = "sportello_broker_invalid_tax_id";
    static final String ERROR_NO_CUSTOMER = "sportello_broker_no_customer";
    static final String ERROR_WRONG_CODE = "sportello_broker_wrong_code";
    static final String ERROR_NOT_CONFIRMED = "sportello_broker_not_confirmed";
    static final String ERROR_ALREADY_CLAIMED = "sportello_broker_already_claimed";

    private BrokerLinkEvents() {}
}
