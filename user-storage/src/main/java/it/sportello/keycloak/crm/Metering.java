package it.sportello.keycloak.crm;

import java.time.LocalDate;
import java.util.List;

/**
 * A supply point's interval data (metering): the quarter-hours or hours of an electricity meter, the days of a gas
 * meter, read only. Part of a {@link CustomerDirectory}, created per Keycloak session; it takes the owned handle, so
 * the ownership was checked before.
 */
public interface Metering {

    /** The longest range one call may ask for, in days (a leap year). */
    int MAX_DAYS = 366;

    /**
     * The intervals that start from {@code from} (inclusive, midnight) to {@code to} (inclusive, the whole day), oldest
     * first, at the resolution asked: {@link IntervalResolution#RAW} as stored, the others summed by the database.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range is longer than
     *     {@link #MAX_DAYS}
     */
    List<IntervalRecord> intervals(
            OwnedSupplyPoint supplyPoint, LocalDate from, LocalDate to, IntervalResolution resolution);
}
