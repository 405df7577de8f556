package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.ReadingWindowRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Where now falls in a commodity's monthly self-reading window: the window open now, or else the next one; and every
 * window of the year. Days past the end of a short month mean its last day, so a window to the 31st closes on the
 * 30th in November. A window opens at its first day's {@code fromHour} and closes at its last day's {@code toHour}
 * (24: at midnight after it), in the portal's time zone.
 */
public final class ReadingWindowCalendar {

    /** The window as dates and times; {@code open} when now is inside it. */
    public record Window(boolean open, LocalDate from, LocalDate to, LocalDateTime opensAt, LocalDateTime closesAt) {

        /** Whether the window has closed by then. */
        public boolean closedBy(LocalDateTime now) {
            return !now.isBefore(closesAt);
        }
    }

    private ReadingWindowCalendar() {}

    /** The window open now, else the next one to open. */
    public static Window around(ReadingWindowRecord window, LocalDateTime now) {
        YearMonth month = YearMonth.from(now).minusMonths(1);
        Window candidate = startingIn(window, month, now);
        // at most three months on: a window of the month before may still be open, this month's may be past
        while (candidate.closedBy(now)) {
            month = month.plusMonths(1);
            candidate = startingIn(window, month, now);
        }
        return candidate;
    }

    /** Every window that is open at some time of now's year, in order (a window over New Year's Eve included). */
    public static List<Window> year(ReadingWindowRecord window, LocalDateTime now) {
        Year year = Year.from(now);
        LocalDateTime start = year.atDay(1).atStartOfDay();
        LocalDateTime end = year.plusYears(1).atDay(1).atStartOfDay();
        List<Window> windows = new ArrayList<>();
        for (YearMonth month = year.atMonth(1).minusMonths(1);
                !month.isAfter(year.atMonth(12));
                month = month.plusMonths(1)) {
            Window w = startingIn(window, month, now);
            if (w.closesAt().isAfter(start)
                    && w.opensAt().isBefore(end)
                    && w.opensAt().isBefore(w.closesAt())) {
                windows.add(w);
            }
        }
        return windows;
    }

    /** The window that opens in the month. */
    private static Window startingIn(ReadingWindowRecord window, YearMonth month, LocalDateTime now) {
        LocalDate from = day(month, window.fromDay());
        LocalDate to = day(window.fromDay() <= window.toDay() ? month : month.plusMonths(1), window.toDay());
        LocalDateTime opensAt = from.atTime(window.fromHour(), 0);
        LocalDateTime closesAt = window.toHour() == ReadingWindowRecord.END_OF_DAY
                ? to.plusDays(1).atStartOfDay()
                : to.atTime(window.toHour(), 0);
        boolean open = !now.isBefore(opensAt) && now.isBefore(closesAt);
        return new Window(open, from, to, opensAt, closesAt);
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.max(1, Math.min(day, month.lengthOfMonth())));
    }
}
