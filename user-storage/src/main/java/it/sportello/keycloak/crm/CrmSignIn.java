package it.sportello.keycloak.crm;

import org.keycloak.models.KeycloakSession;

/**
 * Marks, for the current request only, that the sign-in form is looking up the username it was given. A CRM customer
 * that has no Keycloak user yet and no legacy password cannot sign in with any password; for a sign-in the CRM
 * federation then answers "no such user" instead of importing it, so that a first guess at an existing customer code
 * costs what an unknown code costs (an import writes a user and its attributes). Kept on the Keycloak session, never
 * in shared state.
 */
public final class CrmSignIn {

    private static final String SIGN_IN = CrmSignIn.class.getName() + ".signIn";

    private CrmSignIn() {}

    public static void begin(KeycloakSession session) {
        session.setAttribute(SIGN_IN, Boolean.TRUE);
    }

    public static void end(KeycloakSession session) {
        session.removeAttribute(SIGN_IN);
    }

    public static boolean inProgress(KeycloakSession session) {
        return Boolean.TRUE.equals(session.getAttribute(SIGN_IN));
    }
}
