package it.sportello.keycloak.portal.readings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Schema {@code ReadingWindow}: whether a self-reading is accepted now; {@code from}/{@code to} (days) and
 * {@code opensAt}/{@code closesAt} (times, in the portal's time zone) of the current window when open, else of the
 * next one, all null when the commodity has no window; {@code windows} every window of the current year.
 */
public record ReadingWindowJson(
        boolean open,
        LocalDate from,
        LocalDate to,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        List<ReadingWindowPeriodJson> windows) {

    public static final ReadingWindowJson NONE = new ReadingWindowJson(false, null, null, null, null, List.of());

    public static ReadingWindowJson of(
            ReadingWindowCalendar.Window current, List<ReadingWindowCalendar.Window> year, ZoneId zone) {
        return new ReadingWindowJson(
                current.open(),
                current.from(),
                current.to(),
                at(current.opensAt(), zone),
                at(current.closesAt(), zone),
                year.stream()
                        .map(w -> ReadingWindowPeriodJson.of(w, current, zone))
                        .toList());
    }

    static OffsetDateTime at(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toOffsetDateTime();
    }
}
