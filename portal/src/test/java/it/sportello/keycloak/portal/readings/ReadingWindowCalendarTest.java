package it.sportello.keycloak.portal.readings;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadingWindowCalendarTest {

    private static final ReadingWindowRecord ALL_MONTH = new ReadingWindowRecord(Commodity.WATER, 1, 31);
    private static final ReadingWindowRecord MID_MONTH = new ReadingWindowRecord(Commodity.ELECTRICITY, 10, 15);
    private static final ReadingWindowRecord MONTH_END = new ReadingWindowRecord(Commodity.GAS, 25, 5);

    @Test
    void wholeMonthWindowIsAlwaysOpenAndEndsOnTheMonthsLastDay() {
        assertThat(ReadingWindowCalendar.around(ALL_MONTH, LocalDate.of(2026, 11, 30)))
                .isEqualTo(
                        new ReadingWindowCalendar.Window(true, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReadingWindowCalendar.around(ALL_MONTH, LocalDate.of(2028, 2, 29))
                        .to())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void beforeInsideAndAfterAWindowInsideTheMonth() {
        assertThat(ReadingWindowCalendar.around(MID_MONTH, LocalDate.of(2026, 12, 9)))
                .isEqualTo(new ReadingWindowCalendar.Window(
                        false, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 15)));
        assertThat(ReadingWindowCalendar.around(MID_MONTH, LocalDate.of(2026, 12, 15))
                        .open())
                .isTrue();
        assertThat(ReadingWindowCalendar.around(MID_MONTH, LocalDate.of(2026, 12, 16)))
                .isEqualTo(
                        new ReadingWindowCalendar.Window(false, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 15)));
    }

    @Test
    void windowOverTheEndOfTheMonthRunsIntoTheNextOne() {
        assertThat(ReadingWindowCalendar.around(MONTH_END, LocalDate.of(2026, 12, 2)))
                .isEqualTo(
                        new ReadingWindowCalendar.Window(true, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 5)));
        assertThat(ReadingWindowCalendar.around(MONTH_END, LocalDate.of(2026, 12, 6)))
                .isEqualTo(
                        new ReadingWindowCalendar.Window(false, LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5)));
        assertThat(ReadingWindowCalendar.around(MONTH_END, LocalDate.of(2026, 12, 31)))
                .isEqualTo(
                        new ReadingWindowCalendar.Window(true, LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5)));
    }
}
