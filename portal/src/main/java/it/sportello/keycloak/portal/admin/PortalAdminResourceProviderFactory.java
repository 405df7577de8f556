package it.sportello.keycloak.portal.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** The back-office counterpart of the portal at {@code /admin/realms/{realm}/sportello-portal}. */
public final class PortalAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String ID = "sportello-portal";

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return new PortalAdminResourceProvider();
    }

    @Override
    public void init(Config.Scope config) {
        // no options
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
}
