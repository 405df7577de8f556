package it.sportello.keycloak.portal.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.ConsumptionRecord;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumptionCsvTest {

    @Test
    void oneLinePerMonthWithEmptyCellsForWhatTheCommodityHasNot() {
        String csv = ConsumptionCsv.of(List.of(
                new ConsumptionRecord(1001, 2025, 1, new BigDecimal("260.000"), new BigDecimal("2.6"), null),
                new ConsumptionRecord(1001, 2025, 2, new BigDecimal("1E+3"), null, null)));

        assertThat(csv).isEqualTo("month,energy_kwh,power_kw,volume_m3\r\n1,260.000,2.6,\r\n2,1000,,\r\n");
    }

    @Test
    void emptyYearHasTheHeaderOnlyAndFileNamesAreSafe() {
        assertThat(ConsumptionCsv.of(List.of())).isEqualTo(ConsumptionCsv.HEADER + "\r\n");
        assertThat(ConsumptionCsv.fileName("W-FI/000\"1", 2025)).isEqualTo("consumption-W-FI0001-2025.csv");
        assertThat(ConsumptionResource.unit(it.sportello.keycloak.crm.Commodity.GAS))
                .isEqualTo("m3");
    }
}
