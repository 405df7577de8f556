package it.sportello.keycloak.recovery;

import org.jboss.logging.Logger;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;

/**
 * Gives an account's reset-mail interval back when Keycloak's email step could not send the link (the mail server is
 * down: {@code SEND_RESET_PASSWORD_ERROR} with {@code email_send_failed}). The choose-user step takes the interval
 * before the mail is sent, atomically, so that of two requests for one account at most one mails; a mail that never
 * left must not keep the customer from asking again once the server is back. Keycloak's step itself already answers
 * the failure with the page everyone gets.
 */
final class ResetMailIntervalListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(ResetMailIntervalListener.class);

    private final KeycloakSession session;

    ResetMailIntervalListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.SEND_RESET_PASSWORD_ERROR
                || !Errors.EMAIL_SEND_FAILED.equals(event.getError())
                || event.getRealmId() == null
                || event.getUserId() == null) {
            return;
        }
        ResetUserChoice.releaseMailInterval(session, event.getRealmId(), event.getUserId());
        // no address, no name: operators find the account through the stored event
        LOG.warn("Password reset email not sent; the account may ask again at once");
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
}
