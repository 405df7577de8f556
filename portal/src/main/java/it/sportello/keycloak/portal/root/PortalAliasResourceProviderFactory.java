package it.sportello.keycloak.portal.root;

import java.time.Clock;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Deprecated: the portal API under its former path {@code /realms/{realm}/portal}, kept because operators' portal
 * apps call it. It serves the same resources with the options of {@link PortalResourceProviderFactory} and marks
 * every answer with a {@code Deprecation} header (RFC 9745) and a {@code successor-version} link to
 * {@code /realms/{realm}/sportello-portal}. Options under the former key prefix are refused at start rather than
 * ignored: an ignored {@code allowed-clients} would silently widen who may call the API.
 */
public final class PortalAliasResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "portal";

    private PortalResourceProviderFactory main;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new PortalAliasResourceProvider(session, main.config(), Clock.systemUTC());
    }

    @Override
    public void init(Config.Scope scope) {
        if (!scope.getPropertyNames().isEmpty()) {
            throw new IllegalStateException("Options --spi-realm-restapi-extension--portal--* are no longer read: set "
                    + "them as --spi-realm-restapi-extension--sportello-portal--* (found " + scope.getPropertyNames()
                    + ")");
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        main = (PortalResourceProviderFactory)
                factory.getProviderFactory(RealmResourceProvider.class, PortalResourceProviderFactory.ID);
    }

    @Override
    public void close() {
        // no resources
    }

    @Override
    public String getId() {
        return ID;
    }
}
