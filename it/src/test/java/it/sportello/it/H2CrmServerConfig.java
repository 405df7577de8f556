package it.sportello.it;

import it.sportello.it.support.CrmDatabase;
import it.sportello.it.support.H2CrmServer;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/** The suite's server with the CRM on the H2 server of the test JVM, which a test can stop and start. */
public final class H2CrmServerConfig implements KeycloakServerConfig {

    static final CrmDatabase CRM = H2CrmServer.database();

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return SportelloServerConfig.withCrm(config, CRM);
    }
}
