package it.sportello.it;

import it.sportello.it.support.CrmDatabase;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/** The suite's server with the CRM on MariaDB (127.0.0.1:3306 unless SPORTELLO_IT_MARIADB_URL says otherwise). */
public final class MariaDbCrmServerConfig implements KeycloakServerConfig {

    static final CrmDatabase CRM = CrmDatabase.mariaDb().recreateMariaDb();

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return SportelloServerConfig.withCrm(config, CRM);
    }
}
