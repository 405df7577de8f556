package it.sportello.keycloak.claim;

import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.TimeUnit;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.verifyemail.VerifyEmailActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The self-service claim's verification email (Keycloak's verify-email action token and template), sent by the
 * completion step itself. Left to Keycloak's {@code VERIFY_EMAIL} required action after the flow, a mail server that
 * is down got a server error page after the claim was written; sent here, a failure rolls the claim back like a
 * failed activation email, and the same form sends it once the mail server is back. The note that Keycloak's action
 * reads ({@link Constants#VERIFY_EMAIL_KEY}) tells it the mail went out, so it shows its "check your email" page
 * without sending a second one.
 */
final class ClaimVerificationEmail {

    private ClaimVerificationEmail() {}

    static void send(AuthenticationFlowContext context, UserModel user) throws EmailException {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String clientId = authSession.getClient().getClientId();
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(VerifyEmailActionToken.TOKEN_TYPE);
        VerifyEmailActionToken token = new VerifyEmailActionToken(
                user.getId(),
                Time.currentTime() + lifespan,
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                user.getEmail(),
                clientId);
        UriInfo uri = context.getUriInfo();
        String link = Urls.actionTokenBuilder(
                        uri.getBaseUri(),
                        token.serialize(session, realm, uri),
                        clientId,
                        authSession.getTabId(),
                        AuthenticationProcessor.getClientData(session, authSession))
                .build(realm.getName())
                .toString();
        session.getProvider(EmailTemplateProvider.class)
                .setAuthenticationSession(authSession)
                .setRealm(realm)
                .setUser(user)
                .sendVerifyEmail(link, TimeUnit.SECONDS.toMinutes(lifespan));
        authSession.setAuthNote(Constants.VERIFY_EMAIL_KEY, user.getEmail());
        // named by the account's id, as every claim event (no address)
        context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL).user(user).success();
    }
}
