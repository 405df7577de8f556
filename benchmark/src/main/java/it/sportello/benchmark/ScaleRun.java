package it.sportello.benchmark;

import static it.sportello.benchmark.BenchmarkMain.CLIENT;
import static it.sportello.benchmark.BenchmarkMain.REALM;
import static it.sportello.benchmark.BenchmarkMain.REDIRECT;
import static it.sportello.benchmark.BenchmarkMain.SEED;
import static it.sportello.benchmark.BenchmarkMain.log;

import com.icegreen.greenmail.util.GreenMail;
import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.AtConcurrency;
import it.sportello.benchmark.load.Browser;
import it.sportello.benchmark.load.LoadRunner;
import it.sportello.benchmark.load.MailLinks;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.load.Scenarios;
import it.sportello.benchmark.report.Report;
import it.sportello.benchmark.report.RunResult;
import it.sportello.benchmark.server.AdminApi;
import it.sportello.benchmark.server.ServerCounters;
import it.sportello.launcher.KeycloakServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark at one scale: fresh databases, the synthetic CRM loaded, Keycloak started on them with the realm
 * imported, the warm pool migrated, a warm-up, then the rounds of baseline and scenario runs.
 */
final class ScaleRun {

    private final BenchmarkSettings settings;
    private final Future<Path> home;
    private final int scale;
    private final Report report;
    private final Path work;
    private final GreenMail mail;
    private final String crmUrl;

    ScaleRun(BenchmarkSettings settings, Future<Path> home, int scale, Report report, Path work, GreenMail mail) {
        this.settings = settings;
        this.home = home;
        this.scale = scale;
        this.report = report;
        this.work = work;
        this.mail = mail;
        this.crmUrl = settings.postgresUrl() + BenchmarkSettings.CRM_DATABASE;
    }

    /** Returns the scale's measured runs. */
    List<RunResult> run() throws Exception {
        report.machineLoad("before " + scale + " customers");
        Databases.recreate(settings, BenchmarkSettings.KEYCLOAK_DATABASE);
        Databases.recreate(settings, BenchmarkSettings.CRM_DATABASE);
        SyntheticCrm crm = loadCrm();
        String noStatements = ServerCounters.statementsUnavailable(
                crmUrl, BenchmarkSettings.CRM_DATABASE, settings.postgresUser(), settings.postgresPassword());
        report.statementCounting(scale, noStatements);
        log(
                noStatements == null
                        ? "CRM statements counted with pg_stat_statements"
                        : "CRM statements NOT counted: " + noStatements);
        Path installed = home.get(); // built beside the query-plan check and the first CRM load
        long t0 = System.nanoTime();
        try (KeycloakServer server = KeycloakServer.start(
                installed,
                BenchmarkSettings.HTTP_PORT,
                BenchmarkSettings.MANAGEMENT_PORT,
                serverOptions(),
                "-Xms512m -Xmx1536m"
                        + (settings.jfrSettings() == null
                                ? ""
                                : " -XX:StartFlightRecording=dumponexit=true,settings=" + settings.jfrSettings()
                                        + ",filename=" + work.resolve("keycloak-" + scale + ".jfr")),
                work.resolve("keycloak-" + scale + ".log"))) {
            server.awaitReady();
            log("Keycloak ready at " + server.baseUrl() + ", started in " + (System.nanoTime() - t0) / 1_000_000
                    + " ms");
            return onServer(server, crm, noStatements);
        }
    }

    private SyntheticCrm loadCrm() throws Exception {
        int consumed = settings.consumedPool(scale);
        SyntheticCrm crm = new SyntheticCrm(
                SEED,
                scale,
                settings.invoicesPerPoint(),
                new SyntheticCrm.Pools(settings.warmPool(), consumed, consumed, consumed));
        log("loading " + scale + " customers");
        CrmLoader.LoadTimes load =
                new CrmLoader(crmUrl, settings.postgresUser(), settings.postgresPassword()).load(crm, 2);
        log("loaded in " + load.totalMillis() + " ms (COPY " + load.copyMillis() + " ms, keys and indexes "
                + load.keysMillis() + " ms)");
        report.load(scale, crm, load);
        return crm;
    }

    private Map<String, String> serverOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("db-url", settings.postgresUrl() + BenchmarkSettings.KEYCLOAK_DATABASE);
        options.put("db-username", settings.postgresUser());
        options.put("db-password", settings.postgresPassword());
        options.put("db-url-full-crm", crmUrl);
        options.put("db-username-crm", settings.postgresUser());
        options.put("db-password-crm", settings.postgresPassword());
        options.put("spi-customer-directory--jpa--demo-data", "false");
        options.put("log-level", "INFO");
        // a run-time option since Keycloak 26: without it the server starts a JGroups channel for a cluster of one
        options.put("cache", "local");
        return options;
    }

    private List<RunResult> onServer(KeycloakServer server, SyntheticCrm crm, String noStatements) throws Exception {
        Databases.addReadingWindows(crmUrl, settings);
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
                        () -> Databases.clearReadings(crmUrl, settings),
                        settings.concurrency(),
                        new MailLinks(mail),
                        securityQuestion -> admin.setAuthenticatorSetting(
                                REALM,
                                "sportello registration",
                                "sportello-claim-complete",
                                "securityQuestion",
                                Boolean.toString(securityQuestion)))
                .all()
                .forEach(s -> scenarios.put(s.id(), s));
        for (String warmup : List.of("stock-login", "warm-login")) {
            log("warm-up " + warmup);
            runner.run(scenarios.get(warmup), settings.warmupSeconds(), () -> {}, () -> {});
        }
        Scenario warmLogin = scenarios.get("warm-login");
        keepMeasured(scenarios, settings.only());
        report.scenarios(scenarios.values());
        ServerCounters counters = counters(server, noStatements);
        List<RunResult> runs = new ArrayList<>();
        rounds(scenarios, new RunMeasurement(runner, counters, mail, settings, scale), runs);
        belowSaturation(scenarios, realmUrl, counters, runs);
        Map<String, CrmLookupProbe.Timing> probe =
                CrmLookupProbe.measure(crmUrl, settings.postgresUser(), settings.postgresPassword(), crm, 2_000);
        report.scale(scale, runs, probe);
        new LongPhases(settings, scale, report, crmUrl).run(server, admin, runner, warmLogin, crm);
        return runs;
    }

    private ServerCounters counters(KeycloakServer server, String noStatements) throws Exception {
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
        return counters;
    }

    /**
     * Keeps the scenarios the run measures: every one without {@code -Dbenchmark.only}, else those named and the
     * baselines they are compared with.
     */
    static void keepMeasured(Map<String, Scenario> scenarios, List<String> only) {
        if (only.isEmpty()) {
            return;
        }
        Set<String> kept = new HashSet<>(only);
        scenarios.values().stream()
                .filter(s -> only.contains(s.id()) && s.baseline() != null)
                .forEach(s -> kept.add(s.baseline()));
        scenarios.keySet().retainAll(kept);
    }

    /** {@code stock-userinfo} and the portal's calls again by {@code benchmark.portalConcurrency} virtual users. */
    private void belowSaturation(
            Map<String, Scenario> scenarios, String realmUrl, ServerCounters counters, List<RunResult> runs)
            throws Exception {
        int users = settings.portalConcurrency();
        if (users <= 0) {
            return;
        }
        Map<String, Scenario> low = new LinkedHashMap<>();
        for (String id : List.of("stock-userinfo", "portal-supply-points", "portal-invoices", "portal-reading")) {
            if (scenarios.containsKey(id)) {
                Scenario scenario = new AtConcurrency(scenarios.get(id), users);
                low.put(scenario.id(), scenario);
            }
        }
        report.scenarios(low.values());
        LoadRunner runner = new LoadRunner(realmUrl, CLIENT, REDIRECT, users);
        rounds(low, new RunMeasurement(runner, counters, mail, settings, scale), runs);
    }

    /** Per round: each baseline, then every scenario compared with it (A B C A' D ...), appended to {@code runs}. */
    private void rounds(Map<String, Scenario> scenarios, RunMeasurement measurement, List<RunResult> runs)
            throws Exception {
        for (int round = 1; round <= settings.rounds(); round++) {
            for (Scenario baseline : scenarios.values()) {
                if (baseline.baseline() != null) {
                    continue;
                }
                List<Scenario> compared = compared(scenarios, baseline, round);
                if (compared.isEmpty()) {
                    continue;
                }
                int baselineRun = runs.size();
                runs.add(measurement.measure(baseline, round, -1));
                for (Scenario scenario : compared) {
                    runs.add(measurement.measure(scenario, round, baselineRun));
                }
            }
        }
    }

    /** The scenarios compared with {@code baseline} that can run; the others are reported skipped in round 1. */
    private List<Scenario> compared(Map<String, Scenario> scenarios, Scenario baseline, int round) {
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
        return compared;
    }

    /**
     * The warm pool's first login, before anything is measured: import and legacy-hash migration done once. Returns
     * each customer's tokens by index in the pool (the reading scenario refreshes them instead of logging in again).
     */
    private static Map<Integer, Browser.Tokens> migrateWarmPool(String realmUrl, SyntheticCrm crm, int threads)
            throws Exception {
        Map<Integer, Browser.Tokens> tokens = new ConcurrentHashMap<>();
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
}
