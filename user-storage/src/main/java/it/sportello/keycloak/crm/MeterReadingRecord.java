package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's self-reading of a supply point's meter.
 *
 * @param correctorValue the gas volume corrector's value; null when the meter has no corrector
 * @param information the CRM's note on it: why it was refused or changed; null when there is none
 */
public record MeterReadingRecord(
        String id,
        long supplyPointId,
        LocalDate readingDate,
        BigDecimal meterValue,
        BigDecimal correctorValue,
        MeterReadingStatus status,
        String information) {

    /** The customer may withdraw a reading until the CRM has acquired it (a refused one too, to send it again). */
    public boolean deletable() {
        return status != MeterReadingStatus.ACQUIRED;
    }

    /** Whether it counts as the meter's last value (a refused reading does not). */
    public boolean valid() {
        return status != MeterReadingStatus.REFUSED;
    }
}
