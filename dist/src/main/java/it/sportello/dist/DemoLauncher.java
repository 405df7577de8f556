package it.sportello.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command demo (mvn -Prun -DskipTests verify): starts the mail sink, puts the exported realm where Keycloak
 * imports it, starts Keycloak from the folder the build prepared, prints where everything is, and stops it all on
 * Ctrl-C.
 */
public final class DemoLauncher {

    static final String REALM = "customer-portal";
    private static final String REALM_FILE = "realm/customer-portal-realm.json";
    private static final String DEMO_LOGINS = "realm/demo-logins.txt";

    private DemoLauncher() {}

    public static void main(String[] args) throws Exception {
        DemoSettings settings = DemoSettings.fromSystemProperties();
        installRealm(settings);

        MailSink mails = MailSink.start(settings.smtpPort(), settings.mailViewerPort());
        KeycloakProcess keycloak = KeycloakProcess.start(settings, DemoServerOptions.command(settings));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Keycloak and the mail sink...");
            keycloak.stop();
            mails.stop();
            stopped.countDown();
        }));

        keycloak.awaitReady(settings.baseUrl() + "/realms/" + REALM + "/.well-known/openid-configuration");
        System.out.println(banner(settings));
        int exit = keycloak.waitFor();
        if (stopped.getCount() > 0) {
            mails.stop();
            throw new IllegalStateException("Keycloak stopped by itself with exit code " + exit);
        }
    }

    /** Copies the realm into Keycloak's import folder, pointing its SMTP server at the demo's mail sink. */
    private static void installRealm(DemoSettings settings) throws IOException {
        String realm = resource(REALM_FILE);
        String patched = realm.replaceFirst("\"port\"\\s*:\\s*\"2525\"", "\"port\": \"" + settings.smtpPort() + "\"");
        Path importDir = settings.keycloakHome().resolve("data").resolve("import");
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve(REALM + "-realm.json"), patched, StandardCharsets.UTF_8);
    }

    static String banner(DemoSettings settings) throws IOException {
        String base = settings.baseUrl();
        String logins = resourceOrEmpty(DEMO_LOGINS).strip().indent(4);
        return """

                ==================================================================================
                 Sportello demo is ready
                   Customer area (account console): %s/realms/%s/account
                   Admin console:                   %s/admin   (admin / admin)
                   Mails sent by the demo:          http://localhost:%d
                 Demo logins:
                %s
                 Ctrl-C stops everything.
                ==================================================================================
                """
                .formatted(base, REALM, base, settings.mailViewerPort(), logins.stripTrailing());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoLauncher.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: is sportello-realm-export built?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String resourceOrEmpty(String name) throws IOException {
        try (InputStream in = DemoLauncher.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
