package it.sportello.keycloak.claim;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Flow moves shared by the claiming steps. */
final class ClaimSteps {

    private ClaimSteps() {}

    /** Back to the verify step with nothing kept, e.g. when the session lost its notes or the visitor said "not me". */
    static void restart(AuthenticationFlowContext context) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        session.removeAuthNote(ClaimNotes.VERIFIED_CODE);
        session.removeAuthNote(ClaimNotes.CONFIRMED);
        session.removeAuthNote(ClaimNotes.PHONE);
        session.removeAuthNote(ClaimNotes.PROVEN);
        context.resetFlow();
    }
}
