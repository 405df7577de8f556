package it.sportello.keycloak.recovery;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the {@code sportello-reset-mail} event listener ({@link ResetMailIntervalListener}): global, so that every
 * realm with Sportello's reset gets its mail interval back after a failed mail, with no realm setting to forget.
 */
public final class ResetMailIntervalListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "sportello-reset-mail";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new ResetMailIntervalListener(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
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
