package it.sportello.keycloak.portal.metering;

import it.sportello.keycloak.crm.IntervalRecord;
import java.math.BigDecimal;

/**
 * Schema {@code Interval}: its start (local time, {@code YYYY-MM-DDTHH:MM}), its length in minutes, energy (kWh) and
 * highest average power (kW) for electricity, volume (Smc) for gas; null for what the commodity does not measure.
 */
public record IntervalJson(String start, int minutes, BigDecimal energy, BigDecimal power, BigDecimal volume) {

    static IntervalJson of(IntervalRecord record) {
        return new IntervalJson(
                MeteringCsv.start(record), record.minutes(), record.energyKwh(), record.powerKw(), record.volumeSmc());
    }
}
