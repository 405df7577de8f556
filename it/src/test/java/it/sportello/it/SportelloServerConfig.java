package it.sportello.it;

import it.sportello.it.support.CrmDatabase;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration of the integration suite: every Sportello provider jar deployed into the
 * distribution, and the CRM datasource. Keep it the only config class, since each distinct config restarts Keycloak.
 */
public final class SportelloServerConfig implements KeycloakServerConfig {

    /** The CRM database of the whole suite (H2 in the test JVM by default; PostgreSQL in CI). */
    public static final CrmDatabase CRM = CrmDatabase.fromEnvironment();

    static final String GROUP_ID = "it.sportello";

    /** Every jar that goes into the server's providers/ folder. */
    static final String[] PROVIDER_ARTIFACTS = {
        "sportello-user-storage", "sportello-authenticators", "sportello-portal", "sportello-themes"
    };

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        for (String artifactId : PROVIDER_ARTIFACTS) {
            config.dependency(GROUP_ID, artifactId);
        }
        CRM.serverOptions().forEach(config::option);
        return config;
    }
}
