package it.sportello.keycloak.notification;

import java.util.Locale;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

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
        return new NotificationEventListenerProvider(
                mailer, change -> language(session, change), session.getTransactionManager()::enlistAfterCompletion);
    }

    /** The user's language as the pages of this request use it (their choice, the client's, the browser's). */
    private static String language(KeycloakSession session, PasswordChange change) {
        try {
            RealmModel realm = session.getContext().getRealm();
            UserModel user = realm == null ? null : session.users().getUserById(realm, change.userId());
            Locale locale = session.getContext().resolveLocale(user);
            return locale == null ? null : locale.toLanguageTag();
        } catch (RuntimeException e) {
            // no request context (e.g. a background task): the email goes out in the realm's default language
            return null;
        }
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
