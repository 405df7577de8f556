package it.sportello.keycloak.portal.readings;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingWindowCalendarTest {

    private static final ReadingWindowRecord ALL_MONTH = new ReadingWindowRecord(Commodity.WATER, 1, 31);
    private static final ReadingWindowRecord MID_MONTH = new ReadingWindowRecord(Commodity.ELECTRICITY, 10, 15);
    private static final ReadingWindowRecord MONTH_END = new ReadingWindowRecord(Commodity.GAS, 25, 5);
    private static final ReadingWindowRecord MONTH_END_HOURS = new ReadingWindowRecord(Commodity.GAS, 25, 5, 8, 20);

    @Test
    void wholeMonthWindowIsAlwaysOpenAndEndsOnTheMonthsLastDay() {
        assertWindow(around(ALL_MONTH, 2026, 11, 30), true, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(around(ALL_MONTH, 2028, 2, 29).to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReadingWindowCalendar.around(ALL_MONTH, LocalDateTime.of(2026, 11, 30, 23, 59))
                        .open())
                .isTrue();
    }

    @Test
    void beforeInsideAndAfterAWindowInsideTheMonth() {
        assertWindow(around(MID_MONTH, 2026, 12, 9), false, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 15));
        assertThat(around(MID_MONTH, 2026, 12, 15).open()).isTrue();
        assertWindow(around(MID_MONTH, 2026, 12, 16), false, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 15));
    }

    @Test
    void windowOverTheEndOfTheMonthRunsIntoTheNextOne() {
        assertWindow(around(MONTH_END, 2026, 12, 2), true, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 5));
        assertWindow(around(MONTH_END, 2026, 12, 6), false, LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5));
        assertWindow(around(MONTH_END, 2026, 12, 31), true, LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5));
    }

    @Test
    void windowWithHoursOpensAtTheFirstDaysHourAndClosesAtTheLastDaysHour() {
        assertThat(ReadingWindowCalendar.around(MONTH_END_HOURS, LocalDateTime.of(2026, 12, 25, 7, 59)))
                .satisfies(w -> {
                    assertThat(w.open()).isFalse();
                    assertThat(w.opensAt()).isEqualTo(LocalDateTime.of(2026, 12, 25, 8, 0));
                    assertThat(w.closesAt()).isEqualTo(LocalDateTime.of(2027, 1, 5, 20, 0));
                });
        assertThat(ReadingWindowCalendar.around(MONTH_END_HOURS, LocalDateTime.of(2026, 12, 25, 8, 0))
                        .open())
                .isTrue();
        assertThat(ReadingWindowCalendar.around(MONTH_END_HOURS, LocalDateTime.of(2027, 1, 5, 19, 59))
                        .open())
                .isTrue();
        assertWindow(
                ReadingWindowCalendar.around(MONTH_END_HOURS, LocalDateTime.of(2027, 1, 5, 20, 0)),
                false,
                LocalDate.of(2027, 1, 25),
                LocalDate.of(2027, 2, 5));
        // a window without hours (as stored before them) is the whole day
        assertThat(ReadingWindowCalendar.around(MONTH_END, LocalDateTime.of(2026, 12, 5, 23, 59))
                        .open())
                .isTrue();
        assertThat(new ReadingWindowRecord(Commodity.GAS, 25, 5, 30, 0)).isEqualTo(MONTH_END);
    }

    @Test
    void yearListsEveryWindowOpenInItIncludingTheOneOverNewYear() {
        List<ReadingWindowCalendar.Window> gas =
                ReadingWindowCalendar.year(MONTH_END_HOURS, LocalDateTime.of(2026, 12, 7, 12, 0));
        assertThat(gas).hasSize(13);
        assertThat(gas.get(0).from()).isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(gas.get(12).to()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(ReadingWindowCalendar.year(MID_MONTH, LocalDateTime.of(2026, 1, 1, 0, 0)))
                .hasSize(12)
                .noneMatch(ReadingWindowCalendar.Window::open);
        assertThat(ReadingWindowCalendar.year(ALL_MONTH, LocalDateTime.of(2026, 3, 3, 0, 0)))
                .hasSize(12)
                .filteredOn(ReadingWindowCalendar.Window::open)
                .extracting(ReadingWindowCalendar.Window::from)
                .containsExactly(LocalDate.of(2026, 3, 1));
    }

    private static ReadingWindowCalendar.Window around(ReadingWindowRecord window, int year, int month, int day) {
        return ReadingWindowCalendar.around(window, LocalDateTime.of(year, month, day, 12, 0));
    }

    private static void assertWindow(ReadingWindowCalendar.Window w, boolean open, LocalDate from, LocalDate to) {
        assertThat(w.open()).isEqualTo(open);
        assertThat(w.from()).isEqualTo(from);
        assertThat(w.to()).isEqualTo(to);
    }
}
