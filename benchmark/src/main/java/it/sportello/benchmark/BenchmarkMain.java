package it.sportello.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.Browser;
import it.sportello.benchmark.load.LoadRunner;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.load.Scenarios;
import it.sportello.benchmark.report.Report;
import it.sportello.benchmark.report.RunResult;
import it.sportello.benchmark.server.AdminApi;
import it.sportello.benchmark.server.ServerCounters;
import it.sportello.launcher.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        log("installing Keycloak into " + work);
        Path home = KeycloakServer.install(
                settings.keycloakZip(),
                settings.providers(),
                work.resolve("keycloak"),
                List.of(
                        "db=postgres",
                        "db-kind-crm=postgres",
                        "transaction-xa-enabled-crm=true",
                        "health-enabled=true",
                        "metrics-enabled=true",
                        "cache=local"));
        GreenMail mail = new GreenMail(new ServerSetup(BenchmarkSettings.SMTP_PORT, "127.0.0.1", "smtp"));
        mail.start();
        try {
            for (int scale : settings.scales()) {
                runScale(settings, home, scale, report, work, mail);
                mail.purgeEmailFromAllMailboxes();
                report.write(settings.target().resolve("benchmark-report"));
            }
        } finally {
            mail.stop();
        }
        report.finish(Instant.now());
        Path written = report.write(settings.target().resolve("benchmark-report"));
        log("report: " + written.resolve("index.html"));
    }

    private static void runScale(
            BenchmarkSettings settings, Path home, int scale, Report report, Path work, GreenMail mail)
            throws Exception {
        report.machineLoad("before " + scale + " customers");
        recreate(settings, BenchmarkSettings.KEYCLOAK_DATABASE);
        recreate(settings, BenchmarkSettings.CRM_DATABASE);
        String crmUrl = settings.postgresUrl() + BenchmarkSettings.CRM_DATABASE;
        int consumed = settings.consumedPool(scale);
        SyntheticCrm crm = new SyntheticCrm(
                SEED,
                scale,
                settings.invoicesPerPoint(),
                new SyntheticCrm.Pools(settings.warmPool(), consumed, consumed));
        log("loading " + scale + " customers");
        CrmLoader.LoadTimes load =
                new CrmLoader(crmUrl, settings.postgresUser(), settings.postgresPassword()).load(crm, 2);
        log("loaded in " + load.totalMillis() + " ms (COPY " + load.copyMillis() + " ms, keys and indexes "
                + load.keysMillis() + " ms)");
        report.load(scale, crm, load);
        String noStatements = ServerCounters.statementsUnavailable(
                crmUrl, BenchmarkSettings.CRM_DATABASE, settings.postgresUser(), settings.postgresPassword());
        report.statementCounting(scale, noStatements);
        log(
                noStatements == null
                        ? "CRM statements counted with pg_stat_statements"
                        : "CRM statements NOT counted: " + noStatements);

        Map<String, String> options = new LinkedHashMap<>();
        options.put("db-url", settings.postgresUrl() + BenchmarkSettings.KEYCLOAK_DATABASE);
        options.put("db-username", settings.postgresUser());
        options.put("db-password", settings.postgresPassword());
        options.put("db-url-full-crm", crmUrl);
        options.put("db-username-crm", settings.postgresUser());
        options.put("db-password-crm", settings.postgresPassword());
        options.put("spi-customer-directory--jpa--demo-data", "false");
        options.put("log-level", "INFO");
        try (KeycloakServer server = KeycloakServer.start(
                home,
                BenchmarkSettings.HTTP_PORT,
                BenchmarkSettings.MANAGEMENT_PORT,
                options,
                "-Xms512m -Xmx1536m",
                work.resolve("keycloak-" + scale + ".log"))) {
            server.awaitReady();
            log("Keycloak ready at " + server.baseUrl());
            addReadingWindows(crmUrl, settings);
            AdminApi admin = new AdminApi(server.baseUrl());
            admin.importRealm(
                    BenchmarkSettings.SMTP_PORT,
                    settings.localUsers(),
                    Scenarios.LOCAL_USER_PREFIX,
                    Scenarios.LOCAL_PASSWORD);
            Scenarios.Deployed deployed = new Scenarios.Deployed(
                    admin.hasFlow(REALM, "sportello reset credentials"),
                    admin.status("/realms/" + REALM + "/sportello-portal/openapi.yaml") != 404);
            String realmUrl = server.baseUrl() + "/realms/" + REALM;
            Map<Integer, Browser.Tokens> warmTokens = migrateWarmPool(realmUrl, crm, settings.concurrency());

            LoadRunner runner = new LoadRunner(realmUrl, CLIENT, REDIRECT, settings.concurrency());
            Map<String, Scenario> scenarios = new LinkedHashMap<>();
            new Scenarios(
                            realmUrl,
                            crm,
                            settings.localUsers(),
                            deployed,
                            warmTokens,
                            () -> clearReadings(crmUrl, settings),
                            settings.concurrency())
                    .all()
                    .forEach(s -> scenarios.put(s.id(), s));
            report.scenarios(scenarios.values());
            for (String warmup : List.of("stock-login", "warm-login")) {
                log("warm-up " + warmup);
                runner.run(scenarios.get(warmup), settings.warmupSeconds(), () -> {}, () -> {});
            }

            // statement counts are exact at once; table scans and transactions only after PostgreSQL's 10 s delay,
            // so without pg_stat_statements (or when asked) each reading waits for them
            long settle = settings.settleMillis() >= 0 ? settings.settleMillis() : noStatements == null ? 0 : 10_500;
            ServerCounters counters = new ServerCounters(
                    server.managementUrl(),
                    server.jvm(),
                    crmUrl,
                    settings.postgresUser(),
                    settings.postgresPassword(),
                    noStatements == null,
                    settle);
            counters.readSettled(); // the warm-up's CRM counters published before the first "before" reading
            List<RunResult> runs = new ArrayList<>();
            // per round: each baseline, then every scenario compared with it (A B C A' D ...), ratios within the round
            for (int round = 1; round <= settings.rounds(); round++) {
                for (Scenario baseline : scenarios.values()) {
                    if (baseline.baseline() != null) {
                        continue;
                    }
                    List<Scenario> compared = new ArrayList<>();
                    for (Scenario scenario : scenarios.values()) {
                        if (!baseline.id().equals(scenario.baseline())) {
                            continue;
                        }
                        if (scenario.skipReason() != null) {
                            if (round == 1) {
                                report.skipped(scale, scenario, scenario.skipReason());
                            }
                        } else {
                            compared.add(scenario);
                        }
                    }
                    if (compared.isEmpty()) {
                        continue;
                    }
                    int baselineRun = runs.size();
                    runs.add(measure(runner, counters, mail, baseline, settings, scale, round, -1));
                    for (Scenario scenario : compared) {
                        runs.add(measure(runner, counters, mail, scenario, settings, scale, round, baselineRun));
                    }
                }
            }
            Map<String, CrmLookupProbe.Timing> probe =
                    CrmLookupProbe.measure(crmUrl, settings.postgresUser(), settings.postgresPassword(), scale, 2_000);
            report.scale(scale, runs, probe);
        }
    }

    private static RunResult measure(
            LoadRunner runner,
            ServerCounters counters,
            GreenMail mail,
            Scenario scenario,
            BenchmarkSettings settings,
            int scale,
            int round,
            int pairedWith)
            throws Exception {
        ServerCounters.Snapshot[] before = new ServerCounters.Snapshot[1];
        ServerCounters.Snapshot[] cpuAfter = new ServerCounters.Snapshot[1];
        long[] mails = new long[1];
        LoadRunner.Sample sample = runner.run(
                scenario,
                settings.seconds(),
                // the previous run's settled reading stands for "before" unless preparing the workers used the server
                () -> {
                    before[0] = scenario.prepares() ? counters.readSettled() : counters.read();
                    try {
                        mail.purgeEmailFromAllMailboxes();
                    } catch (com.icegreen.greenmail.store.FolderException e) {
                        throw new IllegalStateException("Cannot empty the mail sink", e);
                    }
                },
                () -> {
                    cpuAfter[0] = counters.read();
                    // Keycloak sends its mails within the request, so every mail of the run is in by now
                    mails[0] = mail.getReceivedMessages().length;
                });
        ServerCounters.Snapshot delta =
                cpuAfter[0].withCrmOf(counters.readSettled()).minus(before[0]);
        RunResult result = new RunResult(
                scale,
                round,
                scenario.id(),
                sample.histogram(),
                sample.operations(),
                sample.errors(),
                sample.seconds(),
                delta.cpuSeconds(),
                delta.cpuSource(),
                delta.driverCpuSeconds(),
                delta.crmStatements(),
                delta.perStatement(),
                delta.statementsEvicted(),
                counters.settles() ? delta.crmScans() : -1,
                counters.settles() ? delta.crmTransactions() : -1,
                mails[0],
                pairedWith,
                sample.firstErrors().isEmpty() ? "" : sample.firstErrors().get(0));
        double ops = Math.max(1, sample.operations());
        log(String.format(
                Locale.ROOT,
                "%7d round %d %-20s %6d ops %4d errors %7.1f op/s p95 %7.1f ms cpu %6.1f ms/op driver %5.1f ms/op"
                        + " crm statements %s/op scans %s/op mails %.2f/op%s",
                scale,
                round,
                scenario.id(),
                sample.operations(),
                sample.errors(),
                result.throughput(),
                sample.histogram().getTotalCount() == 0 ? 0 : sample.histogram().getValueAtPercentile(95) / 1000.0,
                1000 * delta.cpuSeconds() / ops,
                1000 * delta.driverCpuSeconds() / ops,
                result.crmStatements() < 0 ? "—" : String.format(Locale.ROOT, "%.2f", result.crmStatements() / ops),
                result.crmScans() < 0 ? "—" : String.format(Locale.ROOT, "%.2f", result.crmScans() / ops),
                mails[0] / ops,
                sample.firstErrors().isEmpty()
                        ? ""
                        : " first error: " + sample.firstErrors().get(0)));
        return result;
    }

    /**
     * The warm pool's first login, before anything is measured: import and legacy-hash migration done once. Returns
     * each customer's tokens by index in the pool (the reading scenario refreshes them instead of logging in again).
     */
    private static Map<Integer, Browser.Tokens> migrateWarmPool(String realmUrl, SyntheticCrm crm, int threads)
            throws Exception {
        Map<Integer, Browser.Tokens> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        log("first login of the " + crm.pools().warm() + " warm customers");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                logins.add(pool.submit(() -> {
                    Browser browser = new Browser(realmUrl, CLIENT, REDIRECT);
                    for (int i = thread; i < crm.pools().warm(); i += threads) {
                        tokens.put(
                                i,
                                browser.login(
                                        SyntheticCrm.customerCode(crm.pools().warmStart() + i),
                                        SyntheticCrm.LEGACY_PASSWORD));
                    }
                    return null;
                }));
            }
            for (Future<?> login : logins) {
                login.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return tokens;
    }

    /**
     * Reading windows open all month for every commodity (the demo's gas window is the 25th to the 5th), so that the
     * reading scenario measures accepted readings on any day the benchmark runs.
     */
    private static void addReadingWindows(String crmUrl, BenchmarkSettings settings) throws Exception {
        try (Connection c = DriverManager.getConnection(crmUrl, settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("insert into reading_window (id, commodity, from_day, to_day) values"
                    + " ('6f1d2c1e-0000-4000-8000-000000000001', 'ELECTRICITY', 1, 31),"
                    + " ('6f1d2c1e-0000-4000-8000-000000000002', 'GAS', 1, 31),"
                    + " ('6f1d2c1e-0000-4000-8000-000000000003', 'WATER', 1, 31)");
        }
    }

    /** Deletes every meter reading: each reading run starts with no supply point read today. */
    private static void clearReadings(String crmUrl, BenchmarkSettings settings) {
        try (Connection c = DriverManager.getConnection(crmUrl, settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("delete from meter_reading");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot clear the meter readings", e);
        }
    }

    private static void recreate(BenchmarkSettings settings, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        settings.postgresUrl() + "postgres", settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    static void log(String message) {
        System.out.println("[benchmark " + Instant.now() + "] " + message);
    }
}
