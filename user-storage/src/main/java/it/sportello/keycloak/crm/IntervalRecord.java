package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One interval of a meter, or the sum of several: its start (local time of the meter), its length in minutes, the
 * energy and the highest average power for electricity, the standard cubic metres for gas (the others null). A day or
 * a week sums energy and volume and keeps the highest power of its intervals.
 */
public record IntervalRecord(
        LocalDateTime start, int minutes, BigDecimal energyKwh, BigDecimal powerKw, BigDecimal volumeSmc) {}
