package it.sportello.keycloak.crm;

/** Outcome of {@link Customers#updateContact(CustomerCode, ContactDetails)}. */
public enum ContactUpdateResult {
    UPDATED,
    UNKNOWN_CUSTOMER,
    /** Another customer already uses the email address; nothing was written. */
    EMAIL_IN_USE
}
