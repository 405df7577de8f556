package it.sportello.keycloak.portal.company;

import java.time.Instant;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * When a user last signed in, from Keycloak's own event store: the newest {@code LOGIN} event of the user in the
 * realm. Keycloak keeps no last-login time on the user, and user sessions only tell who is signed in now. Known only
 * where the realm stores events (the demo realm does, for 30 days): otherwise, or once the event expired, null.
 */
final class LastSignIns {

    private final EventStoreProvider events;
    private final RealmModel realm;

    private LastSignIns(EventStoreProvider events, RealmModel realm) {
        this.events = events;
        this.realm = realm;
    }

    static LastSignIns of(KeycloakSession session, RealmModel realm) {
        return new LastSignIns(realm.isEventsEnabled() ? session.getProvider(EventStoreProvider.class) : null, realm);
    }

    /** The time of the user's newest stored sign-in, or null. */
    Instant of(UserModel user) {
        if (events == null) {
            return null;
        }
        return events.createQuery()
                .realm(realm.getId())
                .user(user.getId())
                .type(EventType.LOGIN)
                .orderByDescTime()
                .maxResults(1)
                .getResultStream()
                .findFirst()
                .map(Event::getTime)
                .map(Instant::ofEpochMilli)
                .orElse(null);
    }
}
