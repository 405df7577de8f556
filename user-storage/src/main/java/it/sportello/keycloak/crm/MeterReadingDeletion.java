package it.sportello.keycloak.crm;

/** Outcome of {@link MeterReadings#delete(OwnedSupplyPoint, String)}. */
public enum MeterReadingDeletion {
    DELETED,
    /** No such reading on one of the customer's supply points. */
    NOT_FOUND,
    /** The CRM (or the automatic acquisition) has acquired it, also while the withdrawal ran; it stays. */
    ACQUIRED
}
