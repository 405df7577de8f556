package it.sportello.keycloak.crm;

/**
 * Who a ticket's request type is offered to, as the CRM tells customers apart: a supplier (the {@code supplier} flag),
 * otherwise a residential customer (a person) or a business customer (a company).
 */
public enum RequestAudience {
    RESIDENTIAL,
    BUSINESS,
    SUPPLIER;

    /** The audience of a CRM customer: the supplier flag first, then the customer's kind. */
    public static RequestAudience of(CustomerRecord customer) {
        if (customer.supplier()) {
            return SUPPLIER;
        }
        return customer.kind() == CustomerKind.COMPANY ? BUSINESS : RESIDENTIAL;
    }
}
