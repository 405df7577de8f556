package it.sportello.keycloak.crm;

/** A self-reading is {@code SUBMITTED} by the customer and deletable until the CRM marks it {@code ACQUIRED}. */
public enum MeterReadingStatus {
    SUBMITTED,
    ACQUIRED
}
