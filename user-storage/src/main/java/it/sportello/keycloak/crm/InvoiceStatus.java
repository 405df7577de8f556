package it.sportello.keycloak.crm;

/** Invoice states of the CRM contract; an operator with other states maps them in a view. */
public enum InvoiceStatus {
    ISSUED,
    PAID,
    OVERDUE,
    CANCELLED
}
