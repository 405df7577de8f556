package it.sportello.keycloak.notification;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the {@code sportello-notifications} event listener (realm settings, Events, Event listeners): one "your
 * password was changed" email per password change, from the reset flow, the update-password required action or the
 * account console.
 */
public final class NotificationEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "sportello-notifications";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        EmailPasswordChangedMailer mailer = new EmailPasswordChangedMailer(
                session.getKeycloakSessionFactory(), session.getContext().getHttpRequest());
        return new NotificationEventListenerProvider(mailer, session.getTransactionManager()::enlistAfterCompletion);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
