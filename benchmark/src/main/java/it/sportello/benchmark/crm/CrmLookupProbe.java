package it.sportello.benchmark.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Times the CRM queries Sportello's repository runs, straight over JDBC against the loaded CRM (one connection,
 * random existing customers, prepared statements as Hibernate sends them): the database side of a CRM lookup,
 * without Keycloak in the way, so that its growth with the number of customers shows alone.
 */
public final class CrmLookupProbe {

    /** The query shapes of {@code CrmRepository}, as SQL. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("by customer code", "select * from customer c where c.customer_code = ?");
        QUERIES.put("by email", "select * from customer c where lower(c.email) = ? order by c.customer_code");
        QUERIES.put("supply points", "select * from supply_point s where s.customer_code = ? order by s.id");
        QUERIES.put(
                "invoices page",
                "select * from invoice i where i.supply_point_id = ? and i.customer_code = ?"
                        + " order by i.issue_date desc, i.invoice_number desc offset 0 rows fetch first 20 rows only");
    }

    /** Percentiles of one query, in microseconds. */
    public record Timing(String query, long p50, long p95, long p99, long samples) {}

    public static Map<String, Timing> measure(String url, String user, String password, int customers, int samples)
            throws Exception {
        Map<String, Timing> timings = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                Histogram histogram = new Histogram(3);
                SplittableRandom random = new SplittableRandom(42);
                try (PreparedStatement statement = c.prepareStatement(query.getValue())) {
                    for (int i = 0; i < samples + samples / 5; i++) {
                        int index = random.nextInt(customers);
                        String code = SyntheticCrm.customerCode(index);
                        switch (query.getKey()) {
                            case "by email" -> statement.setString(1, code.toLowerCase() + "@clienti.example");
                            case "invoices page" -> {
                                statement.setLong(1, SyntheticCrm.supplyPointId(index, 0));
                                statement.setString(2, code);
                            }
                            default -> statement.setString(1, code);
                        }
                        long t0 = System.nanoTime();
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(1);
                            }
                        }
                        if (i >= samples / 5) {
                            // the first fifth warms the connection and the server-side plan up
                            histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                        }
                    }
                }
                timings.put(
                        query.getKey(),
                        new Timing(
                                query.getKey(),
                                histogram.getValueAtPercentile(50),
                                histogram.getValueAtPercentile(95),
                                histogram.getValueAtPercentile(99),
                                histogram.getTotalCount()));
            }
        }
        return timings;
    }
}
