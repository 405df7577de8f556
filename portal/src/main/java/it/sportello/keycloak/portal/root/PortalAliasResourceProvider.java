package it.sportello.keycloak.portal.root;

import it.sportello.keycloak.portal.PortalConfig;
import java.time.Clock;
import org.keycloak.http.HttpResponse;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Per request under the former path: the portal's root resource, every answer marked as deprecated. */
final class PortalAliasResourceProvider implements RealmResourceProvider {

    /** When the former path was deprecated (2026-12-07T00:00:00Z), as RFC 9745 writes it. */
    static final String DEPRECATION = "@1796601600";

    private final KeycloakSession session;
    private final PortalConfig config;
    private final Clock clock;

    PortalAliasResourceProvider(KeycloakSession session, PortalConfig config, Clock clock) {
        this.session = session;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Object getResource() {
        String successor = session.getContext()
                .getUri()
                .getBaseUriBuilder()
                .path("realms/{realm}/{id}")
                .build(session.getContext().getRealm().getName(), PortalResourceProviderFactory.ID)
                .toString();
        HttpResponse response = session.getContext().getHttpResponse();
        response.setHeader("Deprecation", DEPRECATION);
        response.setHeader("Link", "<" + successor + ">; rel=\"successor-version\"");
        return new PortalResource(session, config, clock);
    }

    @Override
    public void close() {
        // nothing held
    }
}
