package it.sportello.keycloak.crm;

/**
 * A self-reading is {@code SUBMITTED} by the customer, then {@code ACQUIRED} (by the CRM, or by Sportello's automatic
 * acquisition after its delay) or {@code REFUSED} by the CRM, which says why in the reading's information.
 */
public enum MeterReadingStatus {
    SUBMITTED,
    ACQUIRED,
    REFUSED
}
