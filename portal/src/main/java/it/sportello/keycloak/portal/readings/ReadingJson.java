package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.MeterReadingRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Schema {@code Reading}: one self-reading; {@code deletable} until the CRM has acquired it. */
public record ReadingJson(
        String id,
        LocalDate readingDate,
        BigDecimal meterValue,
        BigDecimal correctorValue,
        String status,
        boolean deletable) {

    static ReadingJson of(MeterReadingRecord reading) {
        return new ReadingJson(
                reading.id(),
                reading.readingDate(),
                reading.meterValue(),
                reading.correctorValue(),
                reading.status().name(),
                reading.deletable());
    }
}
