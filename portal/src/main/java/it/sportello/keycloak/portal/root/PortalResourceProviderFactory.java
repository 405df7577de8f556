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

/** The customer portal API at {@code /realms/{realm}/portal}: holds the options; one provider per request. */
public final class PortalResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "portal";

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
