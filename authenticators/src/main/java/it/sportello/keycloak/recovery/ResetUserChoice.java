package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.CustomerDirectory;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the reset's choose-user step does once it knows what was typed: find the account, and either let it through
 * to the email step or carry on without it (unknown, disabled, not prequalified, or mailed too recently), with the
 * same page and the same database work either way.
 */
final class ResetUserChoice {

    /** Single-use store entry that holds an account's mail interval: prefix, realm id, user id. */
    static final String MAIL_INTERVAL_PREFIX = "sportello.reset.mail.";

    private static final Logger LOG = Logger.getLogger(ResetUserChoice.class);

    private ResetUserChoice() {}

    /**
     * A real account was named: let it through to the email step, unless it is disabled or gated.
     *
     * @return false when the CRM could not answer for the gate; nothing was decided then
     */
    static boolean choose(
            AuthenticationFlowContext context, EventBuilder event, UserModel user, ResetChooseUserConfig config) {
        if (!user.isEnabled()) {
            carryOn(event).user(user).error(Errors.USER_DISABLED);
            clear(context);
            return true;
        }
        boolean gated;
        try {
            gated = config.prequalificationGate()
                    .blocks(
                            CrmCustomers.customerCode(context.getRealm(), user),
                            user::getFirstAttribute,
                            () -> context.getSession()
                                    .getProvider(CustomerDirectory.class)
                                    .customers());
        } catch (RuntimeException crmFailure) {
            // only the type: a persistence message could quote customer data
            LOG.warnf(
                    "Prequalification of a CRM customer could not be read (%s)",
                    crmFailure.getClass().getName());
            return false;
        }
        if (gated) {
            carryOn(event).user(user).error(RecoveryEvents.ERROR_NOT_PREQUALIFIED);
            clear(context);
            return true;
        }
        // the SMS code has limits of its own (ResetSmsCodeAuthenticator); no mail goes out on that path
        if (!ResetChannel.isSms(context.getAuthenticationSession()) && !mailIntervalFree(context, user, config)) {
            // same page and no mail, as for an unknown account: the mailbox cannot be flooded, nor the limit seen
            carryOn(event).user(user).error(RecoveryEvents.ERROR_MAIL_TOO_SOON);
            clear(context);
            return true;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // the account's own username, never the raw input, names it in the email step's event
        authSession.setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        authSession.setAuthNote(ResetCredentialChooseUser.RESET_CREDENTIAL_USER_CHOSEN, Boolean.TRUE.toString());
        context.setUser(user);
        context.success();
        return true;
    }

    /** Carries on like for a real account but without one: the email step then sends nothing. */
    static void clear(AuthenticationFlowContext context) {
        context.getAuthenticationSession().removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        context.clearUser();
        context.success();
    }

    /**
     * Takes the account's mail interval in Keycloak's cluster-wide single-use store, whose {@code putIfAbsent} is atomic
     * on every node: of two requests for one account, from any IP addresses, at most one gets the mail.
     */
    private static boolean mailIntervalFree(
            AuthenticationFlowContext context, UserModel user, ResetChooseUserConfig config) {
        long seconds = config.mailInterval().toSeconds();
        if (seconds == 0) {
            return true;
        }
        String key = mailIntervalKey(context.getRealm().getId(), user.getId());
        return context.getSession().singleUseObjects().putIfAbsent(key, seconds);
    }

    /**
     * Gives an account's mail interval back, when its mail could not be sent: the next request may send it at once.
     * Removing an absent entry (the interval is off, or over) changes nothing.
     */
    static void releaseMailInterval(KeycloakSession session, String realmId, String userId) {
        session.singleUseObjects().remove(mailIntervalKey(realmId, userId));
    }

    private static String mailIntervalKey(String realmId, String userId) {
        return MAIL_INTERVAL_PREFIX + realmId + "." + userId;
    }

    static UserModel find(KeycloakSession session, RealmModel realm, RecoveryIdentifier identifier) {
        UserProvider users = session.users();
        try {
            if (identifier.isEmail() && realm.isLoginWithEmailAllowed()) {
                UserModel byEmail =
                        users.getUserByEmail(realm, identifier.email().orElseThrow());
                if (byEmail != null) {
                    return byEmail;
                }
            }
            for (String username : identifier.usernames()) {
                UserModel byUsername = users.getUserByUsername(realm, username);
                if (byUsername != null) {
                    return byUsername;
                }
            }
        } catch (ModelDuplicateException ambiguous) {
            // two accounts share the address: neither is named by it
            return null;
        }
        return null;
    }

    /**
     * The event of a path that carries on like a real account's: stored with the request's own transaction, as the
     * email step's success event is, not in a transaction of its own (Keycloak's default for errors), so that both
     * paths do the same database work.
     */
    static EventBuilder carryOn(EventBuilder event) {
        return event.clone().storeImmediately(false);
    }
}
