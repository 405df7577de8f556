package it.sportello.keycloak.support;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Hands Keycloak the support form's JAX-RS resource for one request; holds nothing beyond the session. */
final class SupportRequestResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    SupportRequestResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new SupportRequestResource(session);
    }

    @Override
    public void close() {}
}
