package it.sportello.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-command demo (mvn -Prun -DskipTests verify, run by exec:java inside Maven's JVM): starts the mail sink,
 * starts Keycloak from the folder the build prepared (providers/ and data/import/ filled), prints where everything is,
 * and stops it all on Ctrl-C. Ctrl-C reaches Keycloak directly (same terminal process group) and Maven's JVM, whose
 * shutdown hook stops Keycloak's whole process tree and waits for it, then stops the mail sink.
 */
public final class DemoLauncher {

    static final String REALM = "customer-portal";
    private static final String DEMO_LOGINS = "realm/demo-logins.txt";
    private static final Pattern SMTP_PORT =
            Pattern.compile("(?<before>\"smtpServer\"\\s*:\\s*\\{[^{}]*?\"port\"\\s*:\\s*\")\\d*(?<after>\")");

    private final DemoSettings settings;
    private volatile MailSink mails;
    private volatile KeycloakProcess keycloak;
    private volatile boolean stopping;
    private boolean stopped;

    private DemoLauncher(DemoSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new DemoLauncher(DemoSettings.fromSystemProperties()).run();
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnExit, "sportello-demo-stop"));

        try {
            settings.requirePortsFree();
            pointRealmsAtMailSink();
            mails = MailSink.start(settings.smtpPort(), settings.mailViewerPort());
            keycloak = KeycloakProcess.start(settings, DemoServerOptions.command(settings));
            keycloak.awaitReady(settings.baseUrl() + "/realms/" + REALM + "/.well-known/openid-configuration");
            System.out.println(banner(settings, resourceOrEmpty(DEMO_LOGINS)));
            int exit = keycloak.waitFor();
            throw new IllegalStateException("Keycloak stopped with exit code " + exit + "; its log is above");
        } catch (Exception e) {
            if (keycloak != null) {
                // Ctrl-C reaches Keycloak and this JVM together: give the shutdown hook time to say it is running
                Thread.sleep(2_000);
            }
            if (stopping) {
                // the JVM exits as soon as the hook is done; returning or failing would let Maven go on meanwhile
                Thread.sleep(Long.MAX_VALUE);
            }
            // exec:java waits for the mail sink's threads before it fails the build
            stop();
            throw e;
        }
    }

    private void stopOnExit() {
        stopping = true;
        stop();
    }

    private synchronized void stop() {
        if (stopped || (keycloak == null && mails == null)) {
            return;
        }
        stopped = true;
        System.out.println("\nStopping Keycloak and the mail sink...");
        if (keycloak != null) {
            keycloak.stop();
        }
        if (mails != null) {
            mails.stop();
        }
        System.out.println("Sportello demo stopped.");
    }

    /**
     * Sets the SMTP port of the realm files in data/import (2525 in the export) to the mail sink's port. Keycloak
     * imports a realm only once: a realm already in data/ keeps the port it was imported with.
     */
    private void pointRealmsAtMailSink() throws IOException {
        Path importDir = settings.keycloakHome().resolve("data").resolve("import");
        if (!Files.isDirectory(importDir)) {
            throw new IllegalStateException(importDir + " is missing: run the demo with mvn -Prun -DskipTests verify");
        }
        List<Path> realms;
        try (Stream<Path> files = Files.list(importDir)) {
            realms = files.filter(f -> f.toString().endsWith(".json")).toList();
        }
        for (Path realm : realms) {
            String json = Files.readString(realm, StandardCharsets.UTF_8);
            String patched = withSmtpPort(json, settings.smtpPort());
            if (!patched.equals(json)) {
                Files.writeString(realm, patched, StandardCharsets.UTF_8);
            }
        }
    }

    static String withSmtpPort(String realmJson, int port) {
        return SMTP_PORT.matcher(realmJson).replaceFirst("${before}" + port + "${after}");
    }

    static String banner(DemoSettings settings, String demoLogins) {
        String base = settings.baseUrl();
        String logins = demoLogins.isBlank()
                ? ""
                : "\n Demo logins:\n" + demoLogins.strip().indent(3);
        return """

                ==================================================================================
                 Sportello demo is ready
                   Customer portal (account console): %s/realms/%s/account
                   Admin console:                     %s/admin   (admin / admin)
                   Mails sent by the demo:            http://localhost:%d
                %s
                 Ctrl-C stops everything.
                ==================================================================================
                """
                .formatted(base, REALM, base, settings.mailViewerPort(), logins.stripTrailing());
    }

    private static String resourceOrEmpty(String name) throws IOException {
        try (InputStream in = DemoLauncher.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
