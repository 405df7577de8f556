package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.ReadingWindowRecord;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where today falls in a commodity's monthly self-reading window: the window open today, or else the next one. Days
 * past the end of a short month mean its last day, so a window to the 31st closes on the 30th in November.
 */
public final class ReadingWindowCalendar {

    /** The window as dates; {@code open} when today is inside it. */
    public record Window(boolean open, LocalDate from, LocalDate to) {}

    private ReadingWindowCalendar() {}

    public static Window around(ReadingWindowRecord window, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        if (window.fromDay() <= window.toDay()) {
            LocalDate from = day(month, window.fromDay());
            LocalDate to = day(month, window.toDay());
            if (today.isBefore(from)) {
                return new Window(false, from, to);
            }
            if (!today.isAfter(to)) {
                return new Window(true, from, to);
            }
            YearMonth next = month.plusMonths(1);
            return new Window(false, day(next, window.fromDay()), day(next, window.toDay()));
        }
        // the window runs from fromDay of one month to toDay of the next
        LocalDate endingThisMonth = day(month, window.toDay());
        if (!today.isAfter(endingThisMonth)) {
            return new Window(true, day(month.minusMonths(1), window.fromDay()), endingThisMonth);
        }
        LocalDate from = day(month, window.fromDay());
        LocalDate to = day(month.plusMonths(1), window.toDay());
        return new Window(!today.isBefore(from), from, to);
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.max(1, Math.min(day, month.lengthOfMonth())));
    }
}
