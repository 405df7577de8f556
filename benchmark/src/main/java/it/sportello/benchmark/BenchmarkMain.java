package it.sportello.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.sportello.benchmark.check.ExpectedFigures;
import it.sportello.benchmark.check.QueryPlanCheck;
import it.sportello.benchmark.check.QueryPlans;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.report.Report;
import it.sportello.benchmark.report.RunResult;
import it.sportello.launcher.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark: for each scale, recreates the two databases, loads a synthetic CRM, starts Keycloak with every
 * Sportello provider on them, imports the realm, warms up, then runs each Sportello scenario alternately with its
 * stock-Keycloak baseline (A B A B ...) in the same server, and writes the report to target/benchmark-report.
 */
public final class BenchmarkMain {

    static final String REALM = "customer-portal";
    static final String CLIENT = "portal-web";
    static final String REDIRECT = "http://localhost:3000/callback";
    static final long SEED = 20261202L;

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Path work = settings.target().resolve("benchmark-work");
        Files.createDirectories(work);
        Report report = new Report(settings, Instant.now());
        Path reportDir = settings.target().resolve("benchmark-report");
        Files.createDirectories(reportDir);
        // Keycloak's unpacking and kc.sh build (a minute, mostly Quarkus's augmentation, CPU in one JVM) run beside
        // the query-plan check and the first CRM load (mostly PostgreSQL's): the first server start waits for it
        ExecutorService installer = Executors.newSingleThreadExecutor();
        Future<Path> home = settings.scales().isEmpty() ? null : installer.submit(() -> install(settings, work));
        installer.shutdown();
        List<String> failures = new ArrayList<>(queryPlans(settings, reportDir));
        GreenMail mail = new GreenMail(new ServerSetup(BenchmarkSettings.SMTP_PORT, "127.0.0.1", "smtp"));
        mail.start();
        try {
            for (int scale : settings.scales()) {
                List<RunResult> runs = new ScaleRun(settings, home, scale, report, work, mail).run();
                mail.purgeEmailFromAllMailboxes();
                report.write(reportDir);
                if (settings.check()) {
                    ExpectedFigures.load().failures(runs).forEach(f -> failures.add(scale + " customers, " + f));
                }
            }
        } finally {
            mail.stop();
        }
        report.finish(Instant.now());
        Path written = report.write(reportDir);
        log("report: " + written.resolve("index.html"));
        Files.writeString(reportDir.resolve("checks.txt"), String.join("\n", failures) + "\n");
        if (settings.check() && !failures.isEmpty()) {
            log("CHECK FAILED (" + failures.size() + "), also in " + reportDir.resolve("checks.txt") + ":");
            failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
        if (settings.check()) {
            log("check passed: no error, every figure as in " + ExpectedFigures.FILE + ", no full scan of a CRM table");
        }
    }

    private static Path install(BenchmarkSettings settings, Path work) throws Exception {
        log("installing Keycloak into " + work);
        long t0 = System.nanoTime();
        // cache=local is a run-time option (ScaleRun), ignored by kc.sh build
        Path home = KeycloakServer.install(
                settings.keycloakZip(),
                settings.providers(),
                work.resolve("keycloak"),
                List.of(
                        "db=postgres",
                        "db-kind-crm=postgres",
                        "transaction-xa-enabled-crm=true",
                        "health-enabled=true",
                        "metrics-enabled=true"));
        log("Keycloak installed and built in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return home;
    }

    /**
     * The query-plan check on a CRM of its own at {@code planScale} customers (before the scales, so a plan that went
     * wrong is known in seconds): the plans into {@code query-plans.txt}, the sequential scans returned.
     */
    private static List<String> queryPlans(BenchmarkSettings settings, Path reportDir) throws Exception {
        if (settings.planScale() <= 0) {
            return List.of();
        }
        log("query plans on " + settings.planScale() + " customers (" + QueryPlanCheck.DATABASE + ")");
        long t0 = System.nanoTime();
        QueryPlans plans = new QueryPlanCheck(
                        settings.postgresUrl(),
                        settings.postgresUser(),
                        settings.postgresPassword(),
                        BenchmarkMain::log)
                .run(SEED, settings.planScale(), settings.invoicesPerPoint());
        Files.writeString(reportDir.resolve("query-plans.txt"), plans.text());
        List<String> failures = plans.failures().stream()
                .map(f -> "query plan at " + settings.planScale() + " customers, " + f)
                .toList();
        log("query plans of " + plans.byOperation().size() + " operations in " + (System.nanoTime() - t0) / 1_000_000
                + " ms: " + (failures.isEmpty() ? "no full scan of a CRM table" : failures.size() + " FAILED")
                + " (" + reportDir.resolve("query-plans.txt") + ")");
        failures.forEach(f -> System.out.println("  - " + f));
        if (settings.scales().isEmpty()) {
            lookups(settings, reportDir);
        }
        return failures;
    }

    /**
     * A run of the plan check alone (no scale) also times the providers' lookups over JDBC on its CRM, whose
     * Sportello tables have rows (a reading per supply point, a ticket per customer): {@code crm-lookups.txt}.
     */
    private static void lookups(BenchmarkSettings settings, Path reportDir) throws Exception {
        SyntheticCrm crm = new SyntheticCrm(
                SEED, settings.planScale(), settings.invoicesPerPoint(), new SyntheticCrm.Pools(1, 1, 1, 1));
        StringBuilder text = new StringBuilder("query\tp50 µs\tp95 µs\tp99 µs\tsamples\trows/call\n");
        CrmLookupProbe.measure(
                        settings.postgresUrl() + QueryPlanCheck.DATABASE,
                        settings.postgresUser(),
                        settings.postgresPassword(),
                        crm,
                        5_000)
                .values()
                .forEach(t -> text.append(t.query() + "\t" + t.p50() + "\t" + t.p95() + "\t" + t.p99() + "\t"
                        + t.samples() + "\t" + t.rowsPerCall() + "\n"));
        Files.writeString(reportDir.resolve("crm-lookups.txt"), text);
        log("CRM lookups at " + settings.planScale() + " customers:\n" + text);
    }

    static void log(String message) {
        System.out.println("[benchmark " + Instant.now() + "] " + message);
    }
}
