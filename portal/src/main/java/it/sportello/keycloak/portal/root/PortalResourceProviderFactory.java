package it.sportello.keycloak.portal.root;

import it.sportello.keycloak.portal.PortalConfig;
import it.sportello.keycloak.portal.PortalConfigProperties;
import java.time.Clock;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * The customer portal API at {@code /realms/{realm}/sportello-portal}: holds the options; one provider per request.
 * {@link PortalAliasResourceProviderFactory} serves the same API under the former path {@code portal}.
 */
public final class PortalResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "sportello-portal";

    private PortalConfig config = PortalConfig.defaults();

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new PortalResourceProvider(session, config, Clock.systemUTC());
    }

    @Override
    public void init(Config.Scope scope) {
        boolean crmDemoData = Config.scope("customer-directory", "jpa").getBoolean("demoData", false);
        config = PortalConfig.from(scope, crmDemoData);
    }

    /** The options read at start, shared with the alias under the former path. */
    public PortalConfig config() {
        return config;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // no resources
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return PortalConfigProperties.PROPERTIES;
    }
}
