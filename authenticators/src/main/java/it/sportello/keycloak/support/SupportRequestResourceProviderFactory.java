package it.sportello.keycloak.support;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Registers the public support request form under {@code /realms/{realm}/sportello-support} ({@link
 * SupportRequestResource}); settings are realm attributes, see {@link SupportRequestConfig}.
 *
 * <p>Why this module and not {@code portal}: the form belongs to the pages before sign-in, next to account claiming
 * and recovery, and is built from the same pieces, the proof of work, the rate limits and the response floor of the
 * {@code abuse} package and the customer code of the claiming steps, which live here. In {@code portal} it would
 * need {@code portal} to depend on {@code authenticators}, two modules of the same level, or those pieces to move
 * down into {@code user-storage}, which is about the CRM. {@code portal} stays the API of signed-in customers. Like
 * every module above {@code user-storage}, this one asks the CRM only through {@code CustomerDirectory}.
 */
public final class SupportRequestResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "sportello-support";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new SupportRequestResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
