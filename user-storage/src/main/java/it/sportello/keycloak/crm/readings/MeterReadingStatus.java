package it.sportello.keycloak.crm.readings;

/** A self-reading is {@code SUBMITTED} by the customer and deletable until the CRM marks it {@code ACQUIRED}. */
public enum MeterReadingStatus {
    SUBMITTED,
    ACQUIRED
}
