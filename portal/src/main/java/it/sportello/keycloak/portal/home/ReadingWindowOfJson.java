package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.portal.readings.ReadingWindowCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Schema {@code SupplyPointReadingWindow}: a supply point's current self-reading window, or its next one; {@code from},
 * {@code to}, {@code opensAt} and {@code closesAt} null when its commodity has none.
 */
public record ReadingWindowOfJson(
        long supplyPointId,
        String commodity,
        String code,
        boolean open,
        LocalDate from,
        LocalDate to,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt) {

    static ReadingWindowOfJson of(SupplyPointRecord point, ReadingWindowCalendar.Window window, ZoneId zone) {
        return window == null
                ? new ReadingWindowOfJson(
                        point.id(), point.commodity().name(), point.code(), false, null, null, null, null)
                : new ReadingWindowOfJson(
                        point.id(),
                        point.commodity().name(),
                        point.code(),
                        window.open(),
                        window.from(),
                        window.to(),
                        window.opensAt().atZone(zone).toOffsetDateTime(),
                        window.closesAt().atZone(zone).toOffsetDateTime());
    }
}
