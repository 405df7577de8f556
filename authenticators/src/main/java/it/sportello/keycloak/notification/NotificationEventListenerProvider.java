package it.sportello.keycloak.notification;

import java.util.function.Consumer;
import java.util.function.Function;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakTransaction;

/**
 * The {@code sportello-notifications} event listener, created per request: collects the password changes the
 * request's events report and, once the request's transaction has committed, sends one confirmation email per changed
 * password. Nothing is sent when the transaction rolls back, so a change that was not stored is never confirmed.
 * Replaces Keycloak's {@code email} listener, which mails once per event and so twice per change.
 */
final class NotificationEventListenerProvider implements EventListenerProvider {

    private final PasswordChangeBatch batch = new PasswordChangeBatch();
    private final PasswordChangedMailer mailer;
    private final Function<PasswordChange, String> language;

    /**
     * @param language the language tag the user is using in this request (null if unknown), asked while the request
     *     still runs: the email is sent after it, without the request's authentication session
     * @param enlistAfterCompletion registers work to run after the request's transaction completed, usually
     *     {@code session.getTransactionManager()::enlistAfterCompletion}
     */
    NotificationEventListenerProvider(
            PasswordChangedMailer mailer,
            Function<PasswordChange, String> language,
            Consumer<KeycloakTransaction> enlistAfterCompletion) {
        this.mailer = mailer;
        this.language = language;
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
        PasswordChange.of(event)
                .map(change -> change.withLanguageTag(language.apply(change)))
                .ifPresent(batch::add);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // an administrator setting a password is not the customer's own change: no confirmation
    }

    @Override
    public void close() {}
}
