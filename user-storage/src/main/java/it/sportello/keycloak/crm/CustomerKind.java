package it.sportello.keycloak.crm;

/** Whether a CRM customer is a natural person (codice fiscale) or a company (partita IVA). */
public enum CustomerKind {
    PERSON,
    COMPANY
}
