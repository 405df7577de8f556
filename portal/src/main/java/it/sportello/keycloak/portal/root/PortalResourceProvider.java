package it.sportello.keycloak.portal.root;

import it.sportello.keycloak.portal.PortalConfig;
import java.time.Clock;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Per request: hands Keycloak the portal's root resource. */
final class PortalResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final PortalConfig config;
    private final Clock clock;

    PortalResourceProvider(KeycloakSession session, PortalConfig config, Clock clock) {
        this.session = session;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Object getResource() {
        return new PortalResource(session, config, clock);
    }

    @Override
    public void close() {
        // nothing held
    }
}
