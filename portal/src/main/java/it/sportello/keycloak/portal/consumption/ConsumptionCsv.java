package it.sportello.keycloak.portal.consumption;

import it.sportello.keycloak.crm.ConsumptionRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * The CSV of a year's consumption: UTF-8, comma-separated, one header line, one line per month with data, decimal
 * point, empty cells for the values a commodity does not have. Nothing in it is text a user typed, so no cell needs
 * quoting or formula escaping.
 */
public final class ConsumptionCsv {

    public static final String HEADER = "month,energy_kwh,power_kw,volume_m3";

    private ConsumptionCsv() {}

    public static String of(List<ConsumptionRecord> months) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ConsumptionRecord month : months) {
            csv.append(month.month())
                    .append(',')
                    .append(cell(month.energyKwh()))
                    .append(',')
                    .append(cell(month.powerKw()))
                    .append(',')
                    .append(cell(month.volumeM3()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** {@code consumption-<code>-<year>.csv}, with anything but letters, digits and dashes in the code dropped. */
    public static String fileName(String supplyPointCode, int year) {
        return "consumption-" + supplyPointCode.replaceAll("[^A-Za-z0-9-]", "") + "-" + year + ".csv";
    }

    private static String cell(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
