package it.sportello.keycloak.crm;

/** How finely {@link Metering#intervals} answers: the stored intervals, or their sums per day or per ISO week. */
public enum IntervalResolution {
    RAW,
    DAY,
    WEEK
}
