package it.sportello.keycloak.crm;

/** Whether a customer may pass the supplier prequalification gate. */
public enum PrequalificationStatus {
    /** Not a supplier: the gate does not apply. */
    NOT_SUPPLIER,
    PREQUALIFIED,
    NOT_PREQUALIFIED,
    UNKNOWN_CUSTOMER
}
