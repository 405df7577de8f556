package it.sportello.keycloak.email;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * Keycloak's own execute-actions email (an execute-actions action token), built in one place for the claim's
 * activation link and the company administrator's delegated reset ({@code UPDATE_PASSWORD}) and invitation
 * ({@code UPDATE_PASSWORD} and {@code VERIFY_EMAIL}).
 *
 * <p>Lifespan: the realm's user-initiated one for execute-actions tokens, as Keycloak's reset-credentials email uses
 * for its own type, not the administrator's (12 hours by default). Both links set a password on a journey that
 * someone other than a realm administrator started (a claimant, a colleague), so the short window fits, and an
 * operator tunes it per token type in the realm's action-token overrides.
 */
public final class ExecuteActionsEmail {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final List<String> actions;
    private String clientId;
    private String redirectUri;
    private boolean recipientLanguage;

    private ExecuteActionsEmail(
            KeycloakSession session, RealmModel realm, UserModel user, UserModel.RequiredAction... actions) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.actions = Stream.of(actions).map(Enum::name).toList();
    }

    /** The email that asks the user, at the user's own address, to set a new password. */
    public static ExecuteActionsEmail updatePassword(KeycloakSession session, RealmModel realm, UserModel user) {
        return new ExecuteActionsEmail(session, realm, user, UserModel.RequiredAction.UPDATE_PASSWORD);
    }

    /**
     * The email that asks a new user, at its own address, to choose a password and so confirm the address: the
     * invitation of a colleague by a company administrator.
     */
    public static ExecuteActionsEmail setPasswordAndVerifyEmail(
            KeycloakSession session, RealmModel realm, UserModel user) {
        return new ExecuteActionsEmail(
                session, realm, user, UserModel.RequiredAction.UPDATE_PASSWORD, UserModel.RequiredAction.VERIFY_EMAIL);
    }

    /** Where the browser goes once the password is set: back to the client the journey started from. */
    public ExecuteActionsEmail redirectTo(String clientId, String redirectUri) {
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        return this;
    }

    /**
     * In the recipient's language (or the realm's), not that of the browser asking: for an email sent on behalf of
     * someone else.
     */
    public ExecuteActionsEmail inRecipientLanguage() {
        this.recipientLanguage = true;
        return this;
    }

    /** Sends the email to the user's address; the caller decides what a failure means for its journey. */
    public void send() throws EmailException {
        int lifespan = lifespanSeconds(realm);
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(
                user.getId(), user.getEmail(), Time.currentTime() + lifespan, actions, redirectUri, clientId);
        String link = LoginActionsService.actionTokenProcessor(
                        session.getContext().getUri())
                .queryParam(
                        "key",
                        token.serialize(session, realm, session.getContext().getUri()))
                .build(realm.getName())
                .toString();
        EmailTemplateProvider email = session.getProvider(EmailTemplateProvider.class)
                .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions());
        if (recipientLanguage) {
            email.setAttribute(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        }
        email.setRealm(realm).setUser(user).sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
    }

    /** The token's lifespan in seconds: the realm's user-initiated one for execute-actions tokens. */
    static int lifespanSeconds(RealmModel realm) {
        return realm.getActionTokenGeneratedByUserLifespan(ExecuteActionsActionToken.TOKEN_TYPE);
    }
}
