package it.sportello.keycloak.prequalification;

import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.PrequalificationSessionCheck;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * Ends the user session of a supplier whose prequalification the CRM withdrew. Asked at every token request of the
 * session (code exchange, refresh), but the CRM is asked at most once per re-check interval per session: the session
 * note {@link PrequalificationSessionCheck#CHECKED_UNTIL_NOTE} says until when the last "yes" holds (written at
 * sign-in, here and by the portal API), so token requests within it cost no CRM statement. A withdrawal therefore ends
 * the session at the first token request after at most the interval.
 */
final class PrequalificationSessions {

    private static final Logger LOG = Logger.getLogger(PrequalificationSessions.class);

    private PrequalificationSessions() {}

    /**
     * Re-checks the session's user when the last check no longer holds; ends the session when the gate is closed now.
     * A CRM that cannot answer ends nothing (the next token request asks again).
     */
    static void recheck(
            KeycloakSession session,
            RealmModel realm,
            UserSessionModel userSession,
            PrequalificationSessionCheck check) {
        UserModel user = userSession.getUser();
        if (user == null || !CrmCustomers.isCustomer(realm, user)) {
            return;
        }
        long now = Time.currentTime();
        if (check.trusts(userSession, now)) {
            return;
        }
        boolean blocked;
        try {
            blocked = PrequalificationGate.lifecycle().blocks(session, realm, user);
        } catch (RuntimeException crmFailure) {
            LOG.warnf(
                    "Prequalification could not be re-checked (%s)",
                    crmFailure.getClass().getName());
            return;
        }
        if (blocked) {
            // the tokens already issued die with the session: the portal API checks it for every bearer token
            LOG.debugf("Session of user %s ended: prequalification withdrawn", user.getId());
            session.sessions().removeUserSession(realm, userSession);
            return;
        }
        check.passed(userSession, now);
    }
}
