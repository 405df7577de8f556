package it.sportello.keycloak.portal.metering;

import java.util.List;

/**
 * Schema {@code Metering}: the range answered (both days inclusive), the resolution the server chose ({@code RAW},
 * {@code DAY} or {@code WEEK}), the unit of the main figure ({@code kWh} or {@code Smc}) and the intervals, oldest
 * first.
 */
public record MeteringJson(String from, String to, String resolution, String unit, List<IntervalJson> intervals) {

    public MeteringJson {
        intervals = List.copyOf(intervals);
    }
}
