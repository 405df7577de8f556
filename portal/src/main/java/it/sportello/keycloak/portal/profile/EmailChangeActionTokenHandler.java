package it.sportello.keycloak.portal.profile;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.TokenVerifier;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;

/**
 * Follows the link of a verified email change ({@link EmailChangeActionToken}): writes the new address (the CRM
 * federation writes it back to the CRM), marks it verified and fires Keycloak's {@code UPDATE_EMAIL} event with the
 * previous and the new address, on which the notification listener mails the previous address. A link whose user
 * changed address since, or whose new address was taken since, writes nothing and shows the same "link no longer
 * valid" page. Keycloak's action-token handlers are factory and provider in one class by design of the SPI.
 */
public final class EmailChangeActionTokenHandler extends AbstractActionTokenHandler<EmailChangeActionToken> {

    private static final Logger LOG = Logger.getLogger(EmailChangeActionTokenHandler.class);

    public EmailChangeActionTokenHandler() {
        super(
                EmailChangeActionToken.TOKEN_TYPE,
                EmailChangeActionToken.class,
                Messages.STALE_VERIFY_EMAIL_LINK,
                EventType.UPDATE_EMAIL,
                Errors.INVALID_TOKEN);
    }

    @Override
    public TokenVerifier.Predicate<? super EmailChangeActionToken>[] getVerifiers(
            ActionTokenContext<EmailChangeActionToken> tokenContext) {
        // the user's address must still be the one the change was asked from
        return TokenUtils.predicates(verifyEmail(tokenContext));
    }

    @Override
    public Response handleToken(EmailChangeActionToken token, ActionTokenContext<EmailChangeActionToken> tokenContext) {
        KeycloakSession session = tokenContext.getSession();
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        EventBuilder event = tokenContext.getEvent();
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(tokenContext.getAuthenticationSession())
                .setUser(user);
        String previous = user.getEmail();
        String updated = token.getNewEmail();
        event.event(EventType.UPDATE_EMAIL)
                .user(user)
                .detail(Details.PREVIOUS_EMAIL, previous)
                .detail(Details.UPDATED_EMAIL, updated);
        if (!EmailAddresses.isFreeFor(session, tokenContext.getRealm(), user, updated)) {
            // taken since the link was sent: nothing is written, and the page says no more than for a stale link
            event.error(Errors.EMAIL_IN_USE);
            return forms.setError(getDefaultErrorMessage()).createErrorPage(Response.Status.BAD_REQUEST);
        }
        try {
            user.setEmail(updated);
        } catch (ModelException refused) {
            // the CRM refused the address (another CRM customer's): nothing was written
            LOG.debugf(
                    "Email change refused by the user storage (%s)",
                    refused.getClass().getName());
            session.getTransactionManager().setRollbackOnly();
            event.error(Errors.EMAIL_IN_USE);
            return forms.setError(getDefaultErrorMessage()).createErrorPage(Response.Status.BAD_REQUEST);
        }
        user.setEmailVerified(true);
        user.removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        tokenContext.getAuthenticationSession().removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        event.success();
        return forms.setAttribute("messageHeader", forms.getMessage("emailUpdatedTitle"))
                .setSuccess("emailUpdated", updated)
                .createInfoPage();
    }

    @Override
    public boolean canUseTokenRepeatedly(
            EmailChangeActionToken token, ActionTokenContext<EmailChangeActionToken> tokenContext) {
        return false;
    }
}
