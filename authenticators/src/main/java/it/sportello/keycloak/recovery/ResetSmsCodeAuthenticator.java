package it.sportello.keycloak.recovery;

import it.sportello.keycloak.contactcode.CodeChallenge;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.timing.ResponseFloor;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Reset by SMS, after the choose-user step when the visitor chose "a code by SMS": sends a 6-digit code to the
 * account's verified mobile ({@link ResetSmsDispatch}) and asks it back. Unknown account, no verified mobile, or the
 * account's hourly limit reached: the same page, the same timing (the whole request padded to this step's floor, from
 * the start of the choose-user request) and a decoy code that every try gets wrong. The right code stands in for the
 * emailed link: the email step is skipped, the security question and OTP steps follow, then the new password, whose
 * change the notification listener confirms by mail as on every path.
 */
final class ResetSmsCodeAuthenticator extends NoUserAuthenticator {

    static final String TEMPLATE = "sportello-reset-sms-code.ftl";
    static final String CODE = "smsCode";
    /** The "send a new code" and "try again" buttons. */
    static final String RESEND = "resend";
    /** Template attribute: the gateway did not take the SMS; the page offers to try again. */
    static final String ATTR_FAILED = "resetSmsFailed";

    static final String NOTE_PREFIX = "sportello.reset.sms.";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID) != null
                || !ResetChannel.isSms(authSession)) {
            // the emailed link's path, or back from it: nothing to do here
            context.success();
            return;
        }
        ResetSmsCodeConfig config = new ResetSmsCodeConfig(context.getAuthenticatorConfig());
        ResponseFloor.padRequest(
                context.getSession().getTransactionManager(),
                ResetChannel.requestStarted(context.getSession()),
                config.minResponseMillis());
        dispatchAndShow(context, config, null);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        long started = System.nanoTime();
        ResetSmsCodeConfig config = new ResetSmsCodeConfig(context.getAuthenticatorConfig());
        ResponseFloor.padRequest(context.getSession().getTransactionManager(), started, config.minResponseMillis());
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (input.containsKey(RESEND)) {
            dispatchAndShow(context, config, RecoveryMessages.SMS_RESENT);
            return;
        }
        String typed = input.getFirst(CODE);
        if (typed == null || typed.isBlank()) {
            context.challenge(page(context)
                    .setErrors(List.of(new FormMessage(CODE, RecoveryMessages.SMS_CODE_REQUIRED)))
                    .createForm(TEMPLATE));
            return;
        }
        CodeChallenge challenge = challenge(context, config);
        CodeChallenge.Outcome outcome = challenge.check(typed);
        UserModel user = context.getUser();
        if (outcome == CodeChallenge.Outcome.OK && user != null) {
            // the code proved the mobile as the link proves the mailbox: Keycloak's email step passes through
            context.getAuthenticationSession().setAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID, user.getId());
            context.success();
            return;
        }
        refuse(context, challenge, outcome);
    }

    private void refuse(AuthenticationFlowContext context, CodeChallenge challenge, CodeChallenge.Outcome outcome) {
        EventBuilder event = event(context);
        if (context.getUser() != null) {
            event.user(context.getUser());
        }
        LoginFormsProvider page = page(context);
        switch (outcome) {
            case WRONG -> {
                event.error(RecoveryEvents.ERROR_SMS_CODE_WRONG);
                page.setErrors(List.of(new FormMessage(CODE, RecoveryMessages.SMS_CODE_WRONG, challenge.triesLeft())));
            }
            case EXHAUSTED -> {
                event.error(RecoveryEvents.ERROR_SMS_CODE_EXHAUSTED);
                page.setError(RecoveryMessages.SMS_CODE_EXHAUSTED);
            }
            default -> {
                event.error(RecoveryEvents.ERROR_SMS_CODE_EXPIRED);
                page.setError(RecoveryMessages.SMS_CODE_EXPIRED);
            }
        }
        context.challenge(page.createForm(TEMPLATE));
    }

    /** Sends the code, or a decoy, and shows the code page; a gateway failure shows it with "try again". */
    private void dispatchAndShow(AuthenticationFlowContext context, ResetSmsCodeConfig config, String info) {
        boolean sent = new ResetSmsDispatch(context, config, event(context)).dispatch(challenge(context, config));
        LoginFormsProvider page = page(context);
        if (!sent) {
            page.setAttribute(ATTR_FAILED, true).setError(RecoveryMessages.SMS_FAILED);
        } else if (info != null) {
            page.setInfo(info);
        }
        context.challenge(page.createForm(TEMPLATE));
    }

    private CodeChallenge challenge(AuthenticationFlowContext context, ResetSmsCodeConfig config) {
        return new CodeChallenge(
                context.getAuthenticationSession(),
                NOTE_PREFIX,
                Clock.systemUTC(),
                random,
                config.lifetime(),
                config.maxTries());
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context) {
        return context.form();
    }

    static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent()
                .clone()
                .detail(RecoveryEvents.STEP, RecoveryEvents.STEP_SMS_CODE)
                .detail(RecoveryEvents.CHANNEL, "sms");
    }
}
