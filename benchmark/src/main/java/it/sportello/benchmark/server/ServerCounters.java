package it.sportello.benchmark.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The counters read before and after each measured run: Keycloak's process CPU time from its management endpoint
 * ({@code /metrics}), and the CRM database's activity from PostgreSQL's cumulative statistics on the dedicated CRM
 * database: table scans (sequential + index, summed over the CRM tables) and transactions (commits + rollbacks).
 */
public final class ServerCounters {

    private final String metricsUrl;
    private final ProcessHandle jvm;
    private final String crmUrl;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One reading of every counter. */
    public record Snapshot(double cpuSeconds, String cpuSource, long crmScans, long crmTransactions) {
        public Snapshot minus(Snapshot before) {
            return new Snapshot(
                    cpuSeconds - before.cpuSeconds,
                    cpuSource,
                    crmScans - before.crmScans,
                    crmTransactions - before.crmTransactions);
        }
    }

    public ServerCounters(String managementUrl, ProcessHandle jvm, String crmUrl, String user, String password) {
        this.metricsUrl = managementUrl + "/metrics";
        this.jvm = jvm;
        this.crmUrl = crmUrl;
        this.user = user;
        this.password = password;
    }

    public Snapshot read() {
        double[] cpu = cpuSeconds();
        long[] crm = crm();
        return new Snapshot(cpu[0], cpu[1] == 1 ? "metrics" : "os", crm[0], crm[1]);
    }

    /**
     * A PostgreSQL backend publishes its counters when it goes idle, but at most once a second; when it went idle
     * sooner it publishes them 10 s later (PGSTAT_IDLE_INTERVAL). Waiting that long after a run puts all of the
     * run's statements into its "after" reading and none into the next run's.
     */
    public Snapshot readSettled() {
        try {
            Thread.sleep(10_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return read();
    }

    private double[] cpuSeconds() {
        try {
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(metricsUrl))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : metrics.body().split("\n")) {
                if (line.startsWith("process_cpu_seconds_total")) {
                    return new double[] {Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), 1};
                }
                if (line.startsWith("process_cpu_time_ns_total")) {
                    return new double[] {Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) / 1e9, 1};
                }
            }
        } catch (Exception unreadable) {
            // fall back to what the operating system says about the same process
        }
        return new double[] {
            jvm.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9, 0
        };
    }

    private long[] crm() {
        try (Connection c = DriverManager.getConnection(crmUrl, user, password);
                Statement s = c.createStatement()) {
            long scans;
            try (ResultSet r = s.executeQuery("select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)"
                    + " from pg_stat_user_tables where schemaname = 'public'")) {
                r.next();
                scans = r.getLong(1);
            }
            long transactions;
            try (ResultSet r = s.executeQuery(
                    "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")) {
                r.next();
                transactions = r.getLong(1);
            }
            return new long[] {scans, transactions};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the CRM database's statistics", e);
        }
    }
}
