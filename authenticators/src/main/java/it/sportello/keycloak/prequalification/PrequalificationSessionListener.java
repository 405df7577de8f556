package it.sportello.keycloak.prequalification;

import it.sportello.keycloak.crm.PrequalificationSessionCheck;
import java.util.Set;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;

/** Hands every successful token request of a user session to {@link PrequalificationSessions}. */
final class PrequalificationSessionListener implements EventListenerProvider {

    private static final Set<EventType> TOKEN_REQUESTS = Set.of(EventType.CODE_TO_TOKEN, EventType.REFRESH_TOKEN);

    private final KeycloakSession session;
    private final PrequalificationSessionCheck check;

    PrequalificationSessionListener(KeycloakSession session, PrequalificationSessionCheck check) {
        this.session = session;
        this.check = check;
    }

    @Override
    public void onEvent(Event event) {
        if (!TOKEN_REQUESTS.contains(event.getType()) || event.getSessionId() == null || event.getError() != null) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
        if (userSession != null) {
            PrequalificationSessions.recheck(session, realm, userSession, check);
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
}
