package it.sportello.keycloak.recovery;

import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.recoveryemail.RecoveryEmailAddress;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.ReadOnlyUserModelDelegate;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Reset by the backup address, after the choose-user step when the visitor chose "a link to my backup address": the
 * same single-use link as Keycloak's {@code reset-credential-email} step (its action token, bound to the account and
 * to its primary address, its lifespan, its {@code password-reset.ftl} mail naming the account), sent to the account's
 * verified {@code recoveryEmail} instead of the primary address. Unknown account, no backup address, or a reset mail
 * within the account's interval (the choose-user step): the same "you should receive an email" page in the same time
 * (the choose-user step's floor pads the whole request), no mail. Back from the link it passes, like the email step,
 * and the flow goes on to the security question, the second factor and the new password, whose change the
 * notification listener confirms to the primary address.
 */
final class ResetRecoveryEmailAuthenticator extends NoUserAuthenticator {

    private static final Logger LOG = Logger.getLogger(ResetRecoveryEmailAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID) != null
                || !ResetChannel.isRecoveryEmail(authSession)) {
            // the primary address's or the SMS path, or back from the link: nothing to do here
            context.success();
            return;
        }
        UserModel user = context.getUser();
        if (user == null) {
            // the choose-user step recorded why; the page is the one a real account gets
            context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
            return;
        }
        EventBuilder carryOn = ResetUserChoice.carryOn(event(context))
                .event(EventType.SEND_RESET_PASSWORD)
                .user(user);
        Optional<RecoveryEmailAddress> backup = RecoveryEmailAddress.of(user);
        if (backup.isEmpty()) {
            // the same page and an event stored with the request, as for a sent link: no way to tell the two apart
            carryOn.detail(RecoveryEvents.RECOVERY_EMAIL_REASON, "no_recovery_email")
                    .error(RecoveryEvents.ERROR_RECOVERY_EMAIL_NOT_SENT);
            context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
            return;
        }
        if (sendLink(context, user, backup.get())) {
            carryOn.detail(Details.CODE_ID, authSession.getParentSession().getId())
                    .success();
            context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
        }
    }

    /**
     * Mails Keycloak's reset link to the backup address; false when the mail server refused it (the error page is
     * shown then, as Keycloak's email step does).
     */
    private static boolean sendLink(AuthenticationFlowContext context, UserModel user, RecoveryEmailAddress backup) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        int validity = context.getRealm().getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        // Keycloak's reset token, bound to the primary address: changing that address voids the link
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(
                user.getId(),
                user.getEmail(),
                Time.currentTime() + validity,
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                authSession.getClient().getClientId());
        String link = context.getActionTokenUrl(
                        token.serialize(context.getSession(), context.getRealm(), context.getUriInfo()))
                .toString();
        try {
            context.getSession()
                    .getProvider(EmailTemplateProvider.class)
                    .setRealm(context.getRealm())
                    .setUser(addressedTo(user, backup))
                    .setAuthenticationSession(authSession)
                    .sendPasswordReset(link, TimeUnit.SECONDS.toMinutes(validity));
        } catch (EmailException e) {
            event(context).event(EventType.SEND_RESET_PASSWORD).user(user).error(Errors.EMAIL_SEND_FAILED);
            LOG.warnf(
                    "Reset link to the backup address of user %s not sent (%s)",
                    user.getId(), e.getClass().getName());
            Response page = context.form()
                    .setError(Messages.EMAIL_SENT_ERROR)
                    .createErrorPage(Response.Status.INTERNAL_SERVER_ERROR);
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, page);
            return false;
        }
        return true;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    /**
     * The account as Keycloak's reset mail sees it, with the backup address as its email: the same template, subject
     * and account name as the primary address's mail. Read-only, so nothing is written through it.
     */
    static UserModel addressedTo(UserModel user, RecoveryEmailAddress address) {
        return new ReadOnlyUserModelDelegate(user) {
            @Override
            public String getEmail() {
                return address.value();
            }
        };
    }

    private static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent()
                .clone()
                .detail(RecoveryEvents.STEP, RecoveryEvents.STEP_RECOVERY_EMAIL)
                .detail(RecoveryEvents.CHANNEL, ResetChannel.CHANNEL_RECOVERY_EMAIL);
    }
}
