package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.portal.readings.ReadingWindowCalendar;
import java.time.LocalDate;

/**
 * Schema {@code SupplyPointReadingWindow}: a supply point's current self-reading window, or its next one; {@code from}
 * and {@code to} null when its commodity has none.
 */
public record ReadingWindowOfJson(
        long supplyPointId, String commodity, String code, boolean open, LocalDate from, LocalDate to) {

    static ReadingWindowOfJson of(SupplyPointRecord point, ReadingWindowCalendar.Window window) {
        return window == null
                ? new ReadingWindowOfJson(point.id(), point.commodity().name(), point.code(), false, null, null)
                : new ReadingWindowOfJson(
                        point.id(), point.commodity().name(), point.code(), window.open(), window.from(), window.to());
    }
}
