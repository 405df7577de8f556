package it.sportello.keycloak.recovery;

import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The reset's email step, in place of Keycloak's {@code reset-credential-email}: the same single-use link (Keycloak's
 * reset-credentials action token and its password-reset email), and the same "if an account exists you will receive an
 * email" for everyone. Where Keycloak answers a mail server that is down with a server error page that only a real
 * account can get, this step answers the page of an unknown account: the failure tells nobody that the account
 * exists. Operators see it as a {@code SEND_RESET_PASSWORD} error event and a warning (the failure's kind only), and
 * the account's mail interval is given back, so that a new request sends the link once the mail server is back.
 */
final class ResetEmailAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(ResetEmailAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (user == null) {
            // unknown, disabled, gated or mailed too recently (the choose-user step cleared it): no mail
            sameAnswer(context);
            return;
        }
        if (user.getId().equals(authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID))) {
            // back through the emailed link, or the SMS code was right: no further mail
            context.success();
            return;
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            context.getEvent().clone().user(user).error(Errors.INVALID_EMAIL);
            sameAnswer(context);
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(
                user.getId(),
                user.getEmail(),
                Time.currentTime() + lifespan,
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                authSession.getClient().getClientId());
        String link = context.getActionTokenUrl(token.serialize(session, realm, context.getUriInfo()))
                .toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .setAuthenticationSession(authSession)
                    .sendPasswordReset(link, TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            // the SMTP server's answer may quote the address: the failure's kind only, in the log and the event
            LOG.warnf(
                    "Password reset email not sent (%s)",
                    (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
            context.getEvent()
                    .clone()
                    .event(EventType.SEND_RESET_PASSWORD)
                    .user(user)
                    .error(Errors.EMAIL_SEND_FAILED);
            ResetUserChoice.releaseMailInterval(context, user);
            sameAnswer(context);
            return;
        }
        context.getEvent()
                .clone()
                .event(EventType.SEND_RESET_PASSWORD)
                .user(user)
                .detail(Details.USERNAME, authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME))
                .detail(Details.EMAIL, user.getEmail())
                .detail(Details.CODE_ID, authSession.getParentSession().getId())
                .success();
        sameAnswer(context);
    }

    /** "If an account exists you will receive an email", back on the sign-in page: the answer for everyone. */
    private static void sameAnswer(AuthenticationFlowContext context) {
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
    }

    /** The emailed link was followed: the address is proven. */
    @Override
    public void action(AuthenticationFlowContext context) {
        context.getUser().setEmailVerified(true);
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
