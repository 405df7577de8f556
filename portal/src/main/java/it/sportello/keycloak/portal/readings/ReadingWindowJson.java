package it.sportello.keycloak.portal.readings;

import java.time.LocalDate;

/**
 * Schema {@code ReadingWindow}: whether a self-reading is accepted today; {@code from}/{@code to} the current window
 * when open, else the next one, both null when the commodity has no window.
 */
public record ReadingWindowJson(boolean open, LocalDate from, LocalDate to) {

    static final ReadingWindowJson NONE = new ReadingWindowJson(false, null, null);

    static ReadingWindowJson of(ReadingWindowCalendar.Window window) {
        return new ReadingWindowJson(window.open(), window.from(), window.to());
    }
}
