package it.sportello.keycloak.crm;

/** Outcome of {@link MeterReadings#delete(OwnedSupplyPoint, String)}. */
public enum MeterReadingDeletion {
    DELETED,
    /** No such reading on one of the customer's supply points. */
    NOT_FOUND,
    /** The CRM has acquired it; it can no longer be withdrawn. */
    ACQUIRED
}
