package it.sportello.benchmark;

import static it.sportello.benchmark.BenchmarkMain.CLIENT;
import static it.sportello.benchmark.BenchmarkMain.REALM;
import static it.sportello.benchmark.BenchmarkMain.REDIRECT;
import static it.sportello.benchmark.BenchmarkMain.log;

import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.LoadRunner;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.report.Report;
import it.sportello.benchmark.server.AdminApi;
import it.sportello.benchmark.soak.SoakRun;
import it.sportello.benchmark.sync.SyncMeasurement;
import it.sportello.launcher.KeycloakServer;

/**
 * The opt-in phases after a scale's runs, on the same server: the soak ({@code -Dbenchmark.soakScale}), then the
 * synchronization ({@code -Dbenchmark.syncSeconds}, which imports every customer, so it comes last).
 */
final class LongPhases {

    /** Seconds of the closed warm-login run that measures the maximum sign-in rate before the soak. */
    private static final int MAX_RATE_SECONDS = 20;

    private final BenchmarkSettings settings;
    private final int scale;
    private final Report report;
    private final String crmUrl;

    LongPhases(BenchmarkSettings settings, int scale, Report report, String crmUrl) {
        this.settings = settings;
        this.scale = scale;
        this.report = report;
        this.crmUrl = crmUrl;
    }

    void run(KeycloakServer server, AdminApi admin, LoadRunner runner, Scenario warmLogin, SyntheticCrm crm)
            throws Exception {
        if (settings.soakScale() == scale && settings.soakMinutes() > 0) {
            try {
                soak(server, runner, warmLogin, crm);
            } catch (Exception e) {
                // the synchronization phase still runs; the report says the soak failed
                log("soak failed: " + e);
                report.machineLoad("soak failed (" + e + ")");
            }
        }
        if (settings.syncSeconds() > 0) {
            log("synchronization phase, full sync time box " + settings.syncSeconds() + " s");
            SyncMeasurement.Target target = new SyncMeasurement.Target(
                    admin,
                    REALM,
                    crmUrl,
                    settings.postgresUrl() + BenchmarkSettings.KEYCLOAK_DATABASE,
                    settings.postgresUser(),
                    settings.postgresPassword(),
                    server.jvm().pid(),
                    settings.jfrSettings() == null
                            ? null
                            : settings.target().resolve("benchmark-work/sync-" + scale + ".jfr"));
            report.sync(
                    scale,
                    new SyncMeasurement(target, scale, settings.syncSeconds() * 1000L, 20_000, BenchmarkMain::log)
                            .measure());
        }
    }

    private void soak(KeycloakServer server, LoadRunner runner, Scenario warmLogin, SyntheticCrm crm) throws Exception {
        LoadRunner.Sample max = runner.run(warmLogin, MAX_RATE_SECONDS, () -> {}, () -> {});
        double maxRate = max.operations() / max.seconds();
        log("maximum sign-in rate: " + maxRate + " warm logins/s at " + settings.concurrency() + " virtual users");
        Databases.clearReadings(crmUrl, settings);
        report.machineLoad("before the soak at " + scale + " customers");
        String realmUrl = server.baseUrl() + "/realms/" + REALM;
        SoakRun soak = new SoakRun(
                new SoakRun.Target(
                        realmUrl,
                        CLIENT,
                        REDIRECT,
                        crm,
                        server.managementUrl() + "/metrics",
                        server.jvm().pid()),
                BenchmarkMain::log);
        report.soak(scale, soak.run(maxRate, settings.soakMinutes()));
        report.machineLoad("after the soak at " + scale + " customers");
    }
}
