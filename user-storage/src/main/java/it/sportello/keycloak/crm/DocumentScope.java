package it.sportello.keycloak.crm;

/** Which documents a page lists: the customer's own, the general ones every customer reads, or both. */
public enum DocumentScope {
    CUSTOMER,
    GENERAL,
    ALL
}
