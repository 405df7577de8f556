package it.sportello.keycloak.notification;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakTransaction;

/**
 * The {@code sportello-notifications} event listener, created per request: collects the account changes the request's
 * events report (password, email, OTP added or removed, security question, account claimed) and, once the request's
 * transaction has committed, sends one notice per change. Nothing is sent when the transaction rolls back, so a change
 * that was not stored is never announced. Replaces Keycloak's {@code email} listener, which mails once per event and so
 * twice per change.
 */
final class NotificationEventListenerProvider implements EventListenerProvider {

    private final AccountChangeBatch batch = new AccountChangeBatch();
    private final AccountChangeMailer mailer;
    private final UnaryOperator<AccountChange> requestContext;

    /**
     * @param requestContext adds what only the running request knows (the user's language, the support form's URL):
     *     the email is sent after the request, without its authentication session
     * @param enlistAfterCompletion registers work to run after the request's transaction completed, usually
     *     {@code session.getTransactionManager()::enlistAfterCompletion}
     */
    NotificationEventListenerProvider(
            AccountChangeMailer mailer,
            UnaryOperator<AccountChange> requestContext,
            Consumer<KeycloakTransaction> enlistAfterCompletion) {
        this.mailer = mailer;
        this.requestContext = requestContext;
        enlistAfterCompletion.accept(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                batch.drain().forEach(NotificationEventListenerProvider.this.mailer::send);
            }

            @Override
            protected void rollbackImpl() {
                batch.drain();
            }
        });
    }

    @Override
    public void onEvent(Event event) {
        AccountChange.of(event).map(requestContext).ifPresent(batch::add);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // An administrator's change (a password set, an OTP removed for a customer who lost the device) is made on the
        // customer's behalf through support, and recorded as an admin event: no notice from here.
    }

    @Override
    public void close() {}
}
