package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.MeterReadingRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Schema {@code Reading}: one self-reading; {@code deletable} until it is acquired; {@code information} the CRM's
 * note on it (why it was refused or changed), null when there is none.
 */
public record ReadingJson(
        String id,
        LocalDate readingDate,
        BigDecimal meterValue,
        BigDecimal correctorValue,
        String status,
        boolean deletable,
        String information) {

    static ReadingJson of(MeterReadingRecord reading) {
        return new ReadingJson(
                reading.id(),
                reading.readingDate(),
                reading.meterValue(),
                reading.correctorValue(),
                reading.status().name(),
                reading.deletable(),
                reading.information());
    }
}
