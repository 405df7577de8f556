package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.IntervalRecord;
import it.sportello.keycloak.crm.IntervalResolution;
import it.sportello.keycloak.crm.Metering;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo CRM's interval data on H2: raw quarter-hours, sums per day by the database, weeks folded from the days. */
class JpaMeteringTest {

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.at(Clock.systemDefaultZone());

    private EntityManager em;
    private JpaCustomerDirectory directory;
    private Metering metering;

    @BeforeEach
    void openSession() {
        em = crm.em();
        directory = crm.directory();
        metering = directory.metering();
    }

    @Test
    void businessPointHasNinetySixQuarterHoursADayAndTheDaySumsThem() {
        OwnedSupplyPoint point = owned("C0002", 2001);
        LocalDate day = LocalDate.now().minusDays(10);

        List<IntervalRecord> raw = metering.intervals(point, day, day, IntervalResolution.RAW);
        List<IntervalRecord> days = metering.intervals(point, day, day, IntervalResolution.DAY);

        assertThat(raw).hasSize(96);
        assertThat(raw.get(0).start()).isEqualTo(day.atStartOfDay());
        assertThat(raw.get(95).start()).isEqualTo(day.atTime(23, 45));
        assertThat(raw).allSatisfy(r -> assertThat(r.minutes()).isEqualTo(15));
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(day.atStartOfDay());
            assertThat(d.minutes()).isEqualTo(1440);
            assertThat(d.energyKwh()).isEqualByComparingTo(sum(raw));
            assertThat(d.powerKw())
                    .isEqualByComparingTo(raw.stream()
                            .map(IntervalRecord::powerKw)
                            .reduce(BigDecimal::max)
                            .orElseThrow());
            assertThat(d.volumeSmc()).isNull();
        });
    }

    @Test
    void yearByDayIsOneRowPerDayAndWeeksStartOnMonday() {
        OwnedSupplyPoint point = owned("C0002", 2001);
        LocalDate to = LocalDate.now().minusDays(1);
        LocalDate from = to.minusDays(364);

        List<IntervalRecord> days = metering.intervals(point, from, to, IntervalResolution.DAY);
        List<IntervalRecord> weeks = metering.intervals(point, from, to, IntervalResolution.WEEK);

        assertThat(days).hasSize(365);
        assertThat(weeks).hasSizeBetween(53, 54);
        assertThat(weeks).allSatisfy(w -> assertThat(w.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(sum(weeks)).isEqualByComparingTo(sum(days));
    }

    @Test
    void gasPointHasOneDayOfStandardCubicMetres() {
        LocalDate day = LocalDate.now().minusDays(3);

        List<IntervalRecord> raw =
                metering.intervals(owned("C0001", 1002), day, day.plusDays(1), IntervalResolution.RAW);

        assertThat(raw).hasSize(2).allSatisfy(r -> {
            assertThat(r.minutes()).isEqualTo(1440);
            assertThat(r.volumeSmc()).isPositive();
            assertThat(r.energyKwh()).isNull();
        });
    }

    @Test
    void rangeOverThreeHundredSixtySixDaysOrBackwardsIsRefused() {
        OwnedSupplyPoint point = owned("C0001", 1001);
        LocalDate from = LocalDate.of(2026, 1, 1);

        assertThat(metering.intervals(point, from, from.plusDays(365), IntervalResolution.DAY))
                .isNotNull();
        assertThatThrownBy(() -> metering.intervals(point, from, from.plusDays(366), IntervalResolution.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metering.intervals(point, from, from.minusDays(1), IntervalResolution.RAW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private OwnedSupplyPoint owned(String customer, long id) {
        return directory
                .supplyPoints()
                .owned(CustomerCode.parse(customer).orElseThrow(), id)
                .orElseThrow();
    }

    private static BigDecimal sum(List<IntervalRecord> records) {
        return records.stream().map(IntervalRecord::energyKwh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
