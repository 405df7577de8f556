package it.sportello.keycloak.crm;

import org.keycloak.models.KeycloakSession;

/**
 * Remembers, for the current request only, that the CRM could not be reached, so that the login form can tell
 * customers the service is temporarily unavailable instead of "invalid username or password". Kept on the
 * Keycloak session (one per request), never in shared state.
 */
public final class CrmAvailability {

    private static final String UNAVAILABLE = CrmAvailability.class.getName() + ".unavailable";

    private CrmAvailability() {}

    public static void markUnavailable(KeycloakSession session) {
        session.setAttribute(UNAVAILABLE, Boolean.TRUE);
    }

    public static boolean wasUnavailable(KeycloakSession session) {
        return Boolean.TRUE.equals(session.getAttribute(UNAVAILABLE));
    }
}
