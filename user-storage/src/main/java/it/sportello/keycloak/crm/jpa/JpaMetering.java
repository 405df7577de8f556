package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.IntervalRecord;
import it.sportello.keycloak.crm.IntervalResolution;
import it.sportello.keycloak.crm.Metering;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * {@link Metering} over the CRM's {@code metering_interval} table. Days are summed by the database; weeks (Monday to
 * Sunday, ISO) are folded here from at most 366 days.
 */
final class JpaMetering implements Metering {

    static final int DAY_MINUTES = 1440;
    static final int WEEK_MINUTES = 7 * DAY_MINUTES;

    private final MeteringRepository repository;

    JpaMetering(MeteringRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<IntervalRecord> intervals(
            OwnedSupplyPoint supplyPoint, LocalDate from, LocalDate to, IntervalResolution resolution) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Range of 1 to " + MAX_DAYS + " days expected");
        }
        long id = JpaOwnedSupplyPoint.of(supplyPoint).id();
        if (resolution == IntervalResolution.RAW) {
            return repository.raw(id, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                    .map(row -> new IntervalRecord(
                            (java.time.LocalDateTime) row[0],
                            ((Number) row[1]).intValue(),
                            decimal(row[2]),
                            decimal(row[3]),
                            decimal(row[4])))
                    .toList();
        }
        List<IntervalRecord> days = repository
                .daily(id, from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .stream()
                .map(row -> new IntervalRecord(
                        ((LocalDate) row[0]).atStartOfDay(),
                        DAY_MINUTES,
                        decimal(row[1]),
                        decimal(row[2]),
                        decimal(row[3])))
                .toList();
        return resolution == IntervalResolution.WEEK ? weeks(days) : days;
    }

    /** Days folded into ISO weeks, each starting on its Monday (the first may start before the range). */
    static List<IntervalRecord> weeks(List<IntervalRecord> days) {
        List<IntervalRecord> weeks = new ArrayList<>();
        IntervalRecord current = null;
        for (IntervalRecord day : days) {
            LocalDate monday = day.start().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (current == null || !current.start().toLocalDate().equals(monday)) {
                if (current != null) {
                    weeks.add(current);
                }
                current = new IntervalRecord(
                        monday.atStartOfDay(), WEEK_MINUTES, day.energyKwh(), day.powerKw(), day.volumeSmc());
            } else {
                current = new IntervalRecord(
                        current.start(),
                        WEEK_MINUTES,
                        combine(current.energyKwh(), day.energyKwh(), BigDecimal::add),
                        combine(current.powerKw(), day.powerKw(), BigDecimal::max),
                        combine(current.volumeSmc(), day.volumeSmc(), BigDecimal::add));
            }
        }
        if (current != null) {
            weeks.add(current);
        }
        return weeks;
    }

    private static BigDecimal combine(BigDecimal a, BigDecimal b, BinaryOperator<BigDecimal> op) {
        if (a == null) {
            return b;
        }
        return b == null ? a : op.apply(a, b);
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }
}
