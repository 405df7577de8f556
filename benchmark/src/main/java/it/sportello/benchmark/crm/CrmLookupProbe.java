package it.sportello.benchmark.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Times the CRM queries Sportello's providers run, straight over JDBC against the loaded CRM (one connection,
 * prepared statements with the text Hibernate sends, as in the query-plan check's {@code query-plans.txt}): the
 * database side of a CRM lookup, without Keycloak in the way, so that its growth with the number of customers shows
 * alone.
 *
 * <p>The database is warmed the same way at every scale: the probe draws a working set of {@value #WORKING_SET}
 * customers spread over the whole table (the same number at every scale), runs every query once for each of them
 * untimed, then times {@code samples} calls of each query on customers drawn from that set. What still grows with the
 * scale is then the queries' own work (index depth, rows per key), not how much of a bigger table PostgreSQL's shared
 * buffers happen to hold. The same queries on customers drawn from the whole table (first fifth untimed) are reported
 * beside, as "(any customer)": at a million customers their pages are mostly outside the default 128 MB of shared
 * buffers, and that column shows what a cold lookup costs.
 */
public final class CrmLookupProbe {

    /** Customers of the warmed working set, at every scale. */
    static final int WORKING_SET = 2_000;

    private static final String CUSTOMER = "select ce1_0.customer_code,ce1_0.city,ce1_0.company_name,ce1_0.email,"
            + "ce1_0.fax,ce1_0.first_name,ce1_0.kind,ce1_0.last_name,ce1_0.legacy_password_algorithm,"
            + "ce1_0.legacy_password_hash,ce1_0.phone,ce1_0.postal_code,ce1_0.prequalified,ce1_0.prequalified_at,"
            + "ce1_0.province,ce1_0.street,ce1_0.supplier,ce1_0.tax_id,ce1_0.updated_at from customer ce1_0 where ";

    /** The provider queries, as Hibernate sends them (limits: the callers'). */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("by customer code", CUSTOMER + "ce1_0.customer_code=?");
        QUERIES.put("by email", CUSTOMER + "lower(ce1_0.email)=? order by ce1_0.customer_code fetch first 2 rows only");
        QUERIES.put("by tax ID", CUSTOMER + "ce1_0.tax_id=? order by ce1_0.customer_code fetch first 10 rows only");
        QUERIES.put(
                "supply points",
                "select spe1_0.id,spe1_0.city,spe1_0.commodity,spe1_0.customer_code,spe1_0.has_corrector,"
                        + "spe1_0.meter_type,spe1_0.pod_pdr,spe1_0.postal_code,spe1_0.province,spe1_0.street"
                        + " from supply_point spe1_0 where spe1_0.customer_code=? order by spe1_0.id"
                        + " fetch first 100 rows only");
        QUERIES.put(
                "invoices page",
                "select ie1_0.invoice_number,ie1_0.amount,ie1_0.customer_code,ie1_0.due_date,ie1_0.issue_date,"
                        + "ie1_0.pdf_location,ie1_0.period_from,ie1_0.period_to,ie1_0.status,ie1_0.supply_point_id,"
                        + "count(*) over() from invoice ie1_0 where ie1_0.supply_point_id=? and ie1_0.customer_code=?"
                        + " order by ie1_0.issue_date desc,ie1_0.invoice_number desc offset 0 rows"
                        + " fetch first 20 rows only");
        QUERIES.put(
                "readings",
                "select mre1_0.id,mre1_0.corrector_value,mre1_0.created_at,mre1_0.information,mre1_0.meter_value,"
                        + "mre1_0.reading_date,mre1_0.status,mre1_0.submitted_by,mre1_0.supply_point_id"
                        + " from meter_reading mre1_0 where mre1_0.supply_point_id=?"
                        + " order by mre1_0.reading_date desc fetch first 12 rows only");
        QUERIES.put(
                "tickets",
                "select ste1_0.id,ste1_0.category,ste1_0.created_at,ste1_0.customer_code,ste1_0.machine,"
                        + "ste1_0.machine_state,ste1_0.message,ste1_0.status,ste1_0.subject,ste1_0.supply_point_id,"
                        + "ste1_0.ticket_number,ste1_0.updated_at,ste1_0.user_id from support_ticket ste1_0"
                        + " where ste1_0.customer_code=? order by ste1_0.created_at desc fetch first 50 rows only");
    }

    /** Percentiles of one query, in microseconds, and the rows it returned per call. */
    public record Timing(String query, long p50, long p95, long p99, long samples, double rowsPerCall) {}

    /**
     * Each query timed on the warmed working set, then (keys ending in {@code " (any customer)"}) on customers drawn
     * from the whole table.
     */
    public static Map<String, Timing> measure(String url, String user, String password, SyntheticCrm crm, int samples)
            throws Exception {
        Map<String, Timing> timings = new LinkedHashMap<>();
        int[] workingSet = new SplittableRandom(7)
                .ints(Math.min(WORKING_SET, crm.customers()), 0, crm.customers())
                .toArray();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                try (PreparedStatement statement = c.prepareStatement(query.getValue())) {
                    for (int index : workingSet) {
                        run(statement, query.getKey(), crm, index);
                    }
                    SplittableRandom random = new SplittableRandom(42);
                    Histogram histogram = new Histogram(3);
                    long rows = 0;
                    for (int i = 0; i < samples; i++) {
                        int index = workingSet[random.nextInt(workingSet.length)];
                        long t0 = System.nanoTime();
                        rows += run(statement, query.getKey(), crm, index);
                        histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                    }
                    timings.put(query.getKey(), timing(query.getKey(), histogram, rows));
                }
            }
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                String name = query.getKey() + " (any customer)";
                try (PreparedStatement statement = c.prepareStatement(query.getValue())) {
                    SplittableRandom random = new SplittableRandom(42);
                    Histogram histogram = new Histogram(3);
                    long rows = 0;
                    for (int i = 0; i < samples + samples / 5; i++) {
                        long t0 = System.nanoTime();
                        long returned = run(statement, query.getKey(), crm, random.nextInt(crm.customers()));
                        if (i >= samples / 5) {
                            // the first fifth warms the connection and the server-side plan up
                            histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                            rows += returned;
                        }
                    }
                    timings.put(name, timing(name, histogram, rows));
                }
            }
        }
        return timings;
    }

    private static Timing timing(String name, Histogram histogram, long rows) {
        return new Timing(
                name,
                histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99),
                histogram.getTotalCount(),
                (double) rows / histogram.getTotalCount());
    }

    /** One call for customer {@code index}; returns the rows read. */
    private static long run(PreparedStatement statement, String query, SyntheticCrm crm, int index)
            throws SQLException {
        String code = SyntheticCrm.customerCode(index);
        switch (query) {
            case "by email" -> statement.setString(1, SyntheticCrm.email(code));
            case "by tax ID" -> statement.setString(1, crm.taxId(index));
            case "invoices page" -> {
                statement.setLong(1, SyntheticCrm.supplyPointId(index, 0));
                statement.setString(2, code);
            }
            case "readings" -> statement.setLong(1, SyntheticCrm.supplyPointId(index, 0));
            default -> statement.setString(1, code);
        }
        long rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                result.getString(1);
                rows++;
            }
        }
        return rows;
    }
}
