package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.signin.SignInDetails;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;

/**
 * The caller's sign-in before the current one, from the {@code LOGIN} events Keycloak stores for the realm (the realm
 * must store events, and keeps them for its {@code eventsExpiration}): the newest that is not of the session the
 * token belongs to. Empty on the first sign-in, and when the realm stores no events.
 */
final class LastSignIn {

    /** A customer who signed in again and again within one session leaves several events of it: look a few back. */
    static final int EVENTS_READ = 10;

    private LastSignIn() {}

    static Optional<LastSignInJson> before(PortalRequest request) {
        EventStoreProvider store = request.session().getProvider(EventStoreProvider.class);
        if (store == null || !request.realm().isEventsEnabled()) {
            return Optional.empty();
        }
        String current = request.sessionId();
        return store.createQuery()
                .realm(request.realm().getId())
                .user(request.user().getId())
                .type(EventType.LOGIN)
                .orderByDescTime()
                .maxResults(EVENTS_READ)
                .getResultStream()
                .filter(event -> current == null || !Objects.equals(current, event.getSessionId()))
                .findFirst()
                .map(LastSignIn::json);
    }

    static LastSignInJson json(Event event) {
        String browser = event.getDetails() == null ? null : event.getDetails().get(SignInDetails.BROWSER);
        return new LastSignInJson(Instant.ofEpochMilli(event.getTime()), browser);
    }
}
