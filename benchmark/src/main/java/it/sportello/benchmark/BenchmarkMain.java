package it.sportello.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.sportello.benchmark.report.Report;
import it.sportello.launcher.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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
                new ScaleRun(settings, home, scale, report, work, mail).run();
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

    static void log(String message) {
        System.out.println("[benchmark " + Instant.now() + "] " + message);
    }
}
