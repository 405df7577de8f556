package it.sportello.keycloak.portal.consumption;

import it.sportello.keycloak.crm.ConsumptionRecord;
import java.math.BigDecimal;

/** Schema {@code ConsumptionMonth}: one month's figures; null for what the commodity does not measure. */
public record ConsumptionMonthJson(int month, BigDecimal energy, BigDecimal power, BigDecimal volume) {

    static ConsumptionMonthJson of(ConsumptionRecord record) {
        return new ConsumptionMonthJson(record.month(), record.energyKwh(), record.powerKw(), record.volumeM3());
    }
}
