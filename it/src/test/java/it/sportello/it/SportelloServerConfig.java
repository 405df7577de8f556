package it.sportello.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration of the integration suite: every Sportello provider jar deployed into the
 * distribution. Keep it the only config class, since each distinct config restarts Keycloak.
 */
public final class SportelloServerConfig implements KeycloakServerConfig {

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
        return config;
    }
}
