package it.sportello.keycloak.portal.readings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Schema {@code ReadingWindowPeriod}: one window of the year; {@code state} {@code PAST}, {@code OPEN} or
 * {@code UPCOMING}; {@code current} for the window open now, or the next one when none is.
 */
public record ReadingWindowPeriodJson(
        LocalDate from, LocalDate to, OffsetDateTime opensAt, OffsetDateTime closesAt, String state, boolean current) {

    static ReadingWindowPeriodJson of(
            ReadingWindowCalendar.Window window, ReadingWindowCalendar.Window current, ZoneId zone) {
        String state;
        if (window.open()) {
            state = "OPEN";
        } else if (!window.opensAt().isBefore(current.opensAt())) {
            state = "UPCOMING";
        } else {
            state = "PAST";
        }
        return new ReadingWindowPeriodJson(
                window.from(),
                window.to(),
                ReadingWindowJson.at(window.opensAt(), zone),
                ReadingWindowJson.at(window.closesAt(), zone),
                state,
                window.opensAt().equals(current.opensAt()));
    }
}
