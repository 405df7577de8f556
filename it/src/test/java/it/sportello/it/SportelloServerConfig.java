package it.sportello.it;

import it.sportello.it.support.CrmDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder.LogHandlers;

/**
 * The server configuration of the integration suite: every Sportello provider jar deployed into the distribution,
 * and the CRM datasource. Each distinct configuration restarts Keycloak, so test classes share this one unless they
 * need another CRM database ({@link H2CrmServerConfig}, {@link MariaDbCrmServerConfig}).
 */
public final class SportelloServerConfig implements KeycloakServerConfig {

    /** The CRM database of the suite (H2 served by the test JVM by default; PostgreSQL in CI). */
    public static final CrmDatabase CRM = CrmDatabase.fromEnvironment();

    static final String GROUP_ID = "it.sportello";

    /**
     * The proof-of-work signing key and the rate limiter's key hash secret of the suite: server options, as in
     * production, so that no realm attribute holds them (test values, known to nobody outside the suite).
     */
    public static final Map<String, String> SECRET_OPTIONS = Map.of(
            "spi-sportello-captcha--pow--secret", "it-suite-pow-signing-key-0123456789abcdef",
            "spi-sportello-rate-limit--single-use-store--key-hash-secret", "it-suite-rate-limit-key-0123456789abcdef");

    /** The fake SMS gateway (WireMock, started by the tests that send SMS) the server's {@code http} sender calls. */
    public static final int SMS_GATEWAY_PORT = 8489;

    public static final String SMS_GATEWAY_PATH = "/sms/send";

    /** The gateway token, in the server's file vault for the realm, never in an option or the realm. */
    public static final String SMS_TOKEN = "it-suite-sms-token-0123456789";

    static final Path VAULT_DIR = Path.of("target", "it-vault").toAbsolutePath();

    /** The portal's largest ticket attachment in the suite, in bytes. */
    static final long PORTAL_MAX_ATTACHMENT = 1024 * 1024;

    /**
     * How often the suite's server runs the automatic acquisition of self-readings (production: every 15 minutes); the
     * delay stays the production one, 48 hours, so no other test's reading is ever acquired behind its back.
     */
    public static final int READING_AUTO_ACQUIRE_INTERVAL_SECONDS = 2;

    /** The server's log file, besides the console: tests read it for what must never be logged. */
    public static final Path SERVER_LOG =
            Path.of("target", "keycloak-server.log").toAbsolutePath();

    /** Every jar that goes into the server's providers/ folder. */
    static final String[] PROVIDER_ARTIFACTS = {
        "sportello-user-storage", "sportello-authenticators", "sportello-portal", "sportello-themes"
    };

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return withCrm(config, CRM);
    }

    static KeycloakServerConfigBuilder withCrm(KeycloakServerConfigBuilder config, CrmDatabase crm) {
        for (String artifactId : PROVIDER_ARTIFACTS) {
            config.dependency(GROUP_ID, artifactId);
        }
        Map<String, String> crmOptions = new java.util.LinkedHashMap<>(crm.serverOptions());
        // PortalApiIT sends 50 requests at once, each holding a connection of both pools until it commits
        crmOptions.put("db-pool-max-size-crm", "60");
        crmOptions.forEach(config::option);
        SECRET_OPTIONS.forEach(config::option);
        config.option("db-pool-max-size", "60");
        // PrequalificationIT: a withdrawn prequalification ends the session at the very next token request
        config.option("spi-events-listener--sportello-prequalification--recheck-minutes", "0");
        config.log().handlers(LogHandlers.CONSOLE, LogHandlers.FILE);
        config.option("log-file", SERVER_LOG.toString());
        config.option(
                "spi-customer-directory--jpa--reading-auto-acquire-interval-seconds",
                Integer.toString(READING_AUTO_ACQUIRE_INTERVAL_SECONDS));
        // small enough that PortalApiIT can send a larger attachment below the server's own body size limit
        config.option(
                "spi-realm-restapi-extension--sportello-portal--max-attachment-size",
                Long.toString(PORTAL_MAX_ATTACHMENT));
        smsGateway(config);
        return config;
    }

    /** The {@code http} SMS sender pointed at the suite's fake gateway, its token read from a file vault. */
    private static void smsGateway(KeycloakServerConfigBuilder config) {
        try {
            Files.createDirectories(VAULT_DIR);
            // Keycloak's file vault: one file per realm and key, named <realm>_<key>
            Files.writeString(VAULT_DIR.resolve("customer-portal_smstoken"), SMS_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.option("vault", "file");
        config.option("vault-dir", VAULT_DIR.toString());
        config.option("spi-sportello-sms--provider", "http");
        config.option("spi-sportello-sms--http--url", "http://localhost:" + SMS_GATEWAY_PORT + SMS_GATEWAY_PATH);
        config.option("spi-sportello-sms--http--headers", "Authorization: Bearer {{vault.smstoken}}");
    }
}
