package it.sportello.keycloak.recovery;

import it.sportello.keycloak.sms.SmsSender;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The channel chosen on the choose-user page, handed to the SMS code step: an authentication-session note (the choice
 * holds for the later requests of the flow) and the request's start (a session attribute, this request only), so the
 * SMS step pads the whole request from its very beginning, lookups included.
 */
final class ResetSmsChannel {

    static final String NOTE_CHANNEL = "sportello.reset.channel";
    static final String REQUEST_STARTED = "sportello.reset.requestStarted";

    private ResetSmsChannel() {}

    /**
     * Whether the page offers the code by SMS: the step's {@code offerSms} and a sender that reaches phones (not the
     * {@code dev} sender the server did not choose). The same for every visitor, so it tells nothing about an account.
     */
    static boolean offered(AuthenticationFlowContext context) {
        return new ResetChooseUserConfig(context.getAuthenticatorConfig()).offerSms()
                && context.getSession().getProvider(SmsSender.class).available();
    }

    static void choose(AuthenticationFlowContext context, boolean sms, long startedNanos) {
        context.getAuthenticationSession().setAuthNote(NOTE_CHANNEL, sms ? "sms" : "email");
        context.getSession().setAttribute(REQUEST_STARTED, startedNanos);
    }

    static boolean isSms(AuthenticationSessionModel authSession) {
        return "sms".equals(authSession.getAuthNote(NOTE_CHANNEL));
    }

    /** When this request began, or now when the choose-user step did not run in it. */
    static long requestStarted(KeycloakSession session) {
        Long started = session.getAttribute(REQUEST_STARTED, Long.class);
        return started == null ? System.nanoTime() : started;
    }
}
