package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's self-reading of a supply point's meter.
 *
 * @param correctorValue the gas volume corrector's value; null when the meter has no corrector
 */
public record MeterReadingRecord(
        String id,
        long supplyPointId,
        LocalDate readingDate,
        BigDecimal meterValue,
        BigDecimal correctorValue,
        MeterReadingStatus status) {

    /** The customer may withdraw a reading until the CRM has acquired it. */
    public boolean deletable() {
        return status == MeterReadingStatus.SUBMITTED;
    }
}
