package it.sportello.keycloak.crm;

import java.util.Optional;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserSessionModel;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How long a user session may trust the last "yes" of the {@link PrequalificationGate}: the sign-in, the token
 * requests of the session (event listener {@code sportello-prequalification}) and the portal API stamp the session
 * with a "checked until" note when the gate passes, and whoever reads the note before that moment need not ask the CRM
 * again. The interval is the listener's {@code recheck-minutes} (0: never trusted, the CRM is asked every time), so a
 * withdrawn prequalification closes the portal and ends the session within that interval at the latest.
 */
public final class PrequalificationSessionCheck {

    /** User session note: epoch seconds (Keycloak's clock) until which the last passed check is trusted. */
    public static final String CHECKED_UNTIL_NOTE = "sportello.prequalification.checked-until";

    /** The event listener that owns the re-check interval. */
    public static final String LISTENER_ID = "sportello-prequalification";

    /** Implemented by the factory of the {@link #LISTENER_ID} listener, which reads the server option. */
    public interface Interval {

        /** The re-check interval in seconds; 0 when every token request and portal call asks the CRM. */
        long recheckSeconds();
    }

    private final long intervalSeconds;

    private PrequalificationSessionCheck(long intervalSeconds) {
        this.intervalSeconds = Math.max(0, intervalSeconds);
    }

    public static PrequalificationSessionCheck ofSeconds(long intervalSeconds) {
        return new PrequalificationSessionCheck(intervalSeconds);
    }

    /**
     * The server's interval, from the listener's factory; 0 (always ask) when that listener is not deployed, so that
     * nothing is trusted that nobody re-checks.
     */
    public static PrequalificationSessionCheck of(KeycloakSession session) {
        ProviderFactory<EventListenerProvider> factory =
                session.getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class, LISTENER_ID);
        return new PrequalificationSessionCheck(factory instanceof Interval interval ? interval.recheckSeconds() : 0);
    }

    public long intervalSeconds() {
        return intervalSeconds;
    }

    /**
     * Whether the session's last passed check still holds at {@code now}. A note further ahead than one interval (the
     * interval was shortened since it was written) is not trusted either.
     */
    public boolean trusts(UserSessionModel userSession, long now) {
        if (intervalSeconds == 0 || userSession == null) {
            return false;
        }
        return checkedUntil(userSession.getNote(CHECKED_UNTIL_NOTE))
                .filter(until -> now < until && until - now <= intervalSeconds)
                .isPresent();
    }

    /** Records on an open session that the gate passed at {@code now}; nothing when the interval is 0. */
    public void passed(UserSessionModel userSession, long now) {
        if (intervalSeconds > 0) {
            userSession.setNote(CHECKED_UNTIL_NOTE, Long.toString(now + intervalSeconds));
        }
    }

    /** Records at sign-in that the gate passed: the user session the sign-in creates gets the note. */
    public void passed(AuthenticationSessionModel authSession, long now) {
        if (intervalSeconds > 0) {
            authSession.setUserSessionNote(CHECKED_UNTIL_NOTE, Long.toString(now + intervalSeconds));
        }
    }

    private static Optional<Long> checkedUntil(String note) {
        if (note == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(note));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
