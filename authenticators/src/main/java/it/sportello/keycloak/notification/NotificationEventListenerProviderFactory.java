package it.sportello.keycloak.notification;

import it.sportello.keycloak.support.SupportRequestResourceProviderFactory;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Locale;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Registers the {@code sportello-notifications} event listener (realm settings, Events, Event listeners): one notice
 * per account change (password, email to the previous address, OTP added or removed, security question, account
 * claimed), from the reset flow, the required actions, the account console and the portal, once the change committed.
 */
public final class NotificationEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "sportello-notifications";

    /**
     * The detail of a successful claim (the REGISTER event of the claim's last step) that says the account has its
     * password now, so the "account claimed" notice goes out. The claim decides it in its own transaction: after the
     * commit a cached copy of the user may not show the new credential yet.
     */
    public static final String CLAIM_ACTIVATED = "sportello_claim_activated";

    /** The support form's realm resource and its switch (see SupportRequestResourceProviderFactory). */
    static final String SUPPORT_PATH = SupportRequestResourceProviderFactory.PROVIDER_ID;

    static final String SUPPORT_ENABLED = "sportello.support.enabled";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        EmailAccountChangeMailer mailer = new EmailAccountChangeMailer(
                session.getKeycloakSessionFactory(), session.getContext().getHttpRequest());
        return new NotificationEventListenerProvider(
                mailer,
                change -> change.withRequestContext(language(session, change), supportUrl(session)),
                session.getTransactionManager()::enlistAfterCompletion);
    }

    /**
     * The realm's public support form ({@code /realms/{realm}/sportello-support}) on the URL of this request, or null
     * when the realm switched the form off or there is no request.
     */
    private static String supportUrl(KeycloakSession session) {
        try {
            RealmModel realm = session.getContext().getRealm();
            if (realm == null || "false".equalsIgnoreCase(realm.getAttribute(SUPPORT_ENABLED))) {
                return null;
            }
            URI base = session.getContext().getUri().getBaseUri();
            return UriBuilder.fromUri(base)
                    .path("realms")
                    .path(realm.getName())
                    .path(SUPPORT_PATH)
                    .build()
                    .toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The user's language as the pages of this request use it (their choice, the client's, the browser's). */
    private static String language(KeycloakSession session, AccountChange change) {
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
