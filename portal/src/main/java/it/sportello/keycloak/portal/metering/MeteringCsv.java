package it.sportello.keycloak.portal.metering;

import it.sportello.keycloak.crm.IntervalRecord;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The CSV of a range of interval data: UTF-8, comma-separated, one header line, one line per interval, decimal point,
 * empty cells for the values a commodity does not have. Written line by line to the response. Nothing in it is text a
 * user typed, so no cell needs quoting or formula escaping.
 */
public final class MeteringCsv {

    public static final String HEADER = "start,minutes,energy_kwh,power_kw,volume_smc";
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private MeteringCsv() {}

    public static void write(Iterable<IntervalRecord> intervals, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (IntervalRecord interval : intervals) {
            out.write(start(interval));
            out.write(',');
            out.write(String.valueOf(interval.minutes()));
            out.write(',');
            out.write(cell(interval.energyKwh()));
            out.write(',');
            out.write(cell(interval.powerKw()));
            out.write(',');
            out.write(cell(interval.volumeSmc()));
            out.write("\r\n");
        }
    }

    /**
     * {@code metering-<code>-<from>-<to>.<extension>}, with anything but letters, digits and dashes in the code
     * dropped.
     */
    public static String fileName(String supplyPointCode, LocalDate from, LocalDate to, String extension) {
        return "metering-" + supplyPointCode.replaceAll("[^A-Za-z0-9-]", "") + "-" + from + "-" + to + "." + extension;
    }

    static String start(IntervalRecord interval) {
        return START.format(interval.start());
    }

    private static String cell(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
