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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counters read before and after each measured run: Keycloak's process CPU time from its management endpoint
 * ({@code /metrics}), the benchmark JVM's own CPU time (the load driver's cost), and the CRM database's activity from
 * PostgreSQL on the dedicated CRM database:
 *
 * <ul>
 *   <li>SQL statements executed, from the {@code pg_stat_statements} extension (counted when each statement ends, so
 *       a reading right after a run is exact), when the server preloads it; per normalized statement too;
 *   <li>table scans (sequential + index, summed over the CRM tables) and transactions (commits + rollbacks) from the
 *       cumulative statistics, which PostgreSQL publishes up to 10 s late: only meaningful with a settle wait.
 * </ul>
 */
public final class ServerCounters {

    /** Statements of the benchmark's own counter readings, never Sportello's. */
    private static final String OWN_QUERIES = "%pg_stat%";

    private final String metricsUrl;
    private final ProcessHandle jvm;
    private final String crmUrl;
    private final String user;
    private final String password;
    private final boolean statements;
    private final long settleMillis;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * One reading of every counter. {@code crmStatements} is -1 without {@code pg_stat_statements}; {@code perStatement}
     * maps each normalized CRM statement to its executions.
     */
    public record Snapshot(
            double cpuSeconds,
            String cpuSource,
            double driverCpuSeconds,
            long crmScans,
            long crmTransactions,
            long crmStatements,
            Map<String, Long> perStatement,
            long statementsEvicted) {

        public Snapshot minus(Snapshot before) {
            Map<String, Long> delta = new LinkedHashMap<>();
            perStatement.forEach((query, calls) -> {
                long d = calls - before.perStatement.getOrDefault(query, 0L);
                if (d != 0) {
                    delta.put(query, d);
                }
            });
            return new Snapshot(
                    cpuSeconds - before.cpuSeconds,
                    cpuSource,
                    driverCpuSeconds - before.driverCpuSeconds,
                    crmScans - before.crmScans,
                    crmTransactions - before.crmTransactions,
                    crmStatements < 0 ? -1 : crmStatements - before.crmStatements,
                    delta,
                    statementsEvicted - before.statementsEvicted);
        }

        /** CPU from this reading, the CRM's counters from a later (settled) one. */
        public Snapshot withCrmOf(Snapshot settled) {
            return new Snapshot(
                    cpuSeconds,
                    cpuSource,
                    driverCpuSeconds,
                    settled.crmScans,
                    settled.crmTransactions,
                    settled.crmStatements,
                    settled.perStatement,
                    settled.statementsEvicted);
        }
    }

    /**
     * @param settleMillis how long to wait before a reading whose table scans and transactions must be complete (0:
     *     do not wait, those two figures are then not reported)
     */
    public ServerCounters(
            String managementUrl,
            ProcessHandle jvm,
            String crmUrl,
            String user,
            String password,
            boolean statements,
            long settleMillis) {
        this.metricsUrl = managementUrl + "/metrics";
        this.jvm = jvm;
        this.crmUrl = crmUrl;
        this.user = user;
        this.password = password;
        this.statements = statements;
        this.settleMillis = settleMillis;
    }

    /**
     * Whether this PostgreSQL server counts statements: {@code pg_stat_statements} in {@code shared_preload_libraries}
     * (see {@code benchmark/postgres-setup.sh}). Creates the extension in the CRM database, where it is read, and turns
     * off the counting of utility statements there (each XA {@code PREPARE TRANSACTION} has its own text and would fill
     * the statement table). Returns why not when it cannot, or {@code null}.
     */
    public static String statementsUnavailable(String crmUrl, String database, String user, String password) {
        try (Connection c = DriverManager.getConnection(crmUrl, user, password);
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("show shared_preload_libraries")) {
                r.next();
                if (!r.getString(1).toLowerCase(Locale.ROOT).contains("pg_stat_statements")) {
                    return "pg_stat_statements is not in shared_preload_libraries (run benchmark/postgres-setup.sh)";
                }
            }
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("alter database " + database + " set pg_stat_statements.track_utility = off");
            s.execute("alter database " + database + " set pg_stat_statements.track = 'top'");
            try (ResultSet r = s.executeQuery("select count(*) from pg_stat_statements")) {
                r.next();
            }
            return null;
        } catch (SQLException e) {
            return "pg_stat_statements not readable: " + e.getMessage();
        }
    }

    /**
     * Empties PostgreSQL's statement table before a run's first reading. It holds {@code pg_stat_statements.max}
     * entries (5,000 by default) for the whole server: a CRM entry evicted during a run, to make room for another
     * database's statements (an integration suite's beside the benchmark), takes its calls with it, and the run's count
     * comes out short or negative. Only the benchmark reads the table.
     */
    public void freeStatementSlots() {
        if (!statements) {
            return;
        }
        try (Connection c = DriverManager.getConnection(crmUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty pg_stat_statements", e);
        }
    }

    public boolean countsStatements() {
        return statements;
    }

    /** Whether table scans and transactions are read after PostgreSQL has published them. */
    public boolean settles() {
        return settleMillis > 0;
    }

    public Snapshot read() {
        double[] cpu = cpuSeconds();
        return crm(cpu[0], cpu[1] == 1 ? "metrics" : "os");
    }

    /**
     * A PostgreSQL backend publishes its table and transaction counters when it goes idle, but at most once a second;
     * when it went idle sooner it publishes them 10 s later (PGSTAT_IDLE_INTERVAL). Waiting that long after a run puts
     * all of the run's scans into its "after" reading and none into the next run's. Statement counts need no wait.
     */
    public Snapshot readSettled() {
        if (settleMillis > 0) {
            try {
                Thread.sleep(settleMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return read();
    }

    private static double driverCpuSeconds() {
        return ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(Duration::toNanos)
                        .orElse(0L)
                / 1e9;
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

    private Snapshot crm(double cpu, String cpuSource) {
        double driverCpu = driverCpuSeconds();
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
            long total = -1;
            long evicted = 0;
            Map<String, Long> perStatement = new HashMap<>();
            if (statements) {
                total = 0;
                // every role's top-level statements in this database only; the counter queries themselves left out
                try (ResultSet r = s.executeQuery("select query, sum(calls) from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not like '" + OWN_QUERIES + "' group by query")) {
                    while (r.next()) {
                        String query = r.getString(1).replaceAll("\\s+", " ").strip();
                        long calls = r.getLong(2);
                        perStatement.merge(query, calls, Long::sum);
                        total += calls;
                    }
                }
                try (ResultSet r = s.executeQuery("select dealloc from pg_stat_statements_info")) {
                    evicted = r.next() ? r.getLong(1) : 0;
                }
            }
            return new Snapshot(cpu, cpuSource, driverCpu, scans, transactions, total, perStatement, evicted);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the CRM database's statistics", e);
        }
    }
}
