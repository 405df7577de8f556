package it.sportello.benchmark.crm;

import java.time.LocalDate;

/**
 * The interval data of a {@link SyntheticCrm}: every tenth customer ({@link #isBusiness}) is a business whose
 * electricity supply point (its first) sends a quarter-hour reading, 35,040 rows a year. A year of that for 10% of a
 * million customers would be 3.5 billion rows, more than this machine holds or loads in a run; and the portal's query
 * is an index range scan over one supply point's rows, so its cost does not depend on the other points' rows. So only
 * the business customers among the first {@link #SAMPLE_CUSTOMERS} get their year (30 points, 1,051,200 rows at any
 * scale); the metering scenarios draw their customers from those.
 */
public final class SyntheticMetering {

    /** One customer in ten is a business with quarter-hour data. */
    public static final int BUSINESS_EVERY = 10;

    /** The customers (from index 0) among whom the businesses get a year of quarter-hours. */
    public static final int SAMPLE_CUSTOMERS = 300;

    public static final int QUARTER_HOURS_A_YEAR = 365 * 96;

    private final LocalDate first;

    /** {@code today}: the year of data ends the day before. */
    public SyntheticMetering(LocalDate today) {
        this.first = today.minusDays(365);
    }

    public static boolean isBusiness(int index) {
        return index % BUSINESS_EVERY == 0;
    }

    /** Whether customer {@code index} has its year of quarter-hours in this CRM. */
    public static boolean hasIntervals(int index) {
        return isBusiness(index) && index < SAMPLE_CUSTOMERS;
    }

    /**
     * Appends customer {@code index}'s interval rows in COPY text format, columns as in {@code crm-contract-tables.sql}
     * (supply point, start, minutes, kWh, kW, Smc): a working-day load curve, higher from 8:00 to 19:00.
     */
    public void rows(int index, StringBuilder out) {
        if (!hasIntervals(index)) {
            return;
        }
        String point = Long.toString(SyntheticCrm.supplyPointId(index, 0));
        for (int day = 0; day < 365; day++) {
            String date = first.plusDays(day).toString();
            for (int q = 0; q < 96; q++) {
                int milliKwh = (q >= 32 && q < 76 ? 2_000 : 600) + 10 * ((q + day + index) % 11);
                out.append(point).append('\t').append(date).append(' ');
                two(out, q / 4).append(':');
                two(out, (q % 4) * 15).append(":00\t15\t");
                decimal(out, milliKwh).append('\t');
                decimal(out, 4 * milliKwh).append("\t\\N\n");
            }
        }
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }

    private static StringBuilder decimal(StringBuilder out, int thousandths) {
        out.append(thousandths / 1000).append('.');
        int rest = thousandths % 1000;
        return out.append(rest < 100 ? (rest < 10 ? "00" : "0") : "").append(rest);
    }
}
