package it.sportello.keycloak.recovery;

import it.sportello.keycloak.sms.SmsSender;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The channel chosen on the choose-user page ({@value #CHANNEL_EMAIL}, {@value #CHANNEL_SMS} or
 * {@value #CHANNEL_RECOVERY_EMAIL}), handed to the SMS code and backup-address steps: an authentication-session note (the choice
 * holds for the later requests of the flow) and the request's start (a session attribute, this request only), so the
 * SMS step pads the whole request from its very beginning, lookups included.
 */
final class ResetChannel {

    static final String NOTE_CHANNEL = "sportello.reset.channel";
    static final String REQUEST_STARTED = "sportello.reset.requestStarted";
    /** The link to the account's primary address (Keycloak's email step). */
    static final String CHANNEL_EMAIL = "email";
    /** A code by SMS to the verified mobile. */
    static final String CHANNEL_SMS = "sms";
    /** The link to the verified backup address. */
    static final String CHANNEL_RECOVERY_EMAIL = "recovery-email";

    private ResetChannel() {}

    /**
     * Whether the page offers the code by SMS: the step's {@code offerSms} and a sender that reaches phones (not the
     * {@code dev} sender the server did not choose). The same for every visitor, so it tells nothing about an account.
     */
    static boolean offered(KeycloakSession session, ResetChooseUserConfig config) {
        return config.offerSms() && session.getProvider(SmsSender.class).available();
    }

    static void choose(AuthenticationFlowContext context, String channel, long startedNanos) {
        context.getAuthenticationSession().setAuthNote(NOTE_CHANNEL, channel);
        context.getSession().setAttribute(REQUEST_STARTED, startedNanos);
    }

    static boolean isSms(AuthenticationSessionModel authSession) {
        return CHANNEL_SMS.equals(authSession.getAuthNote(NOTE_CHANNEL));
    }

    static boolean isRecoveryEmail(AuthenticationSessionModel authSession) {
        return CHANNEL_RECOVERY_EMAIL.equals(authSession.getAuthNote(NOTE_CHANNEL));
    }

    /** When this request began, or now when the choose-user step did not run in it. */
    static long requestStarted(KeycloakSession session) {
        Long started = session.getAttribute(REQUEST_STARTED, Long.class);
        return started == null ? System.nanoTime() : started;
    }
}
