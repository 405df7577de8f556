package it.sportello.keycloak.crm;

/** Who wrote a ticket message: the customer in the portal or an operator through the back office. */
public enum TicketAuthorKind {
    CUSTOMER,
    OPERATOR
}
