package it.sportello.keycloak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakTransaction;
import org.mockito.ArgumentCaptor;

/**
 * One confirmation per password change: Keycloak 26 reports a change made through the update-password required action
 * (reset flow, account console, admin-assigned action) as both UPDATE_CREDENTIAL and the deprecated UPDATE_PASSWORD.
 */
class NotificationEventListenerProviderTest {

    private PasswordChangedMailer mailer;
    private List<KeycloakTransaction> afterCompletion;
    private NotificationEventListenerProvider listener;

    @BeforeEach
    void setUp() {
        mailer = mock(PasswordChangedMailer.class);
        afterCompletion = new ArrayList<>();
        listener = new NotificationEventListenerProvider(mailer, change -> "it", afterCompletion::add);
    }

    @Test
    void eventsWhenRequiredActionReportsOneChangeTwiceThenOneMailAfterCommit() {
        listener.onEvent(event(EventType.UPDATE_PASSWORD, "user-1", "password"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));
        verify(mailer, never()).send(any());

        commit();

        ArgumentCaptor<PasswordChange> sent = ArgumentCaptor.forClass(PasswordChange.class);
        verify(mailer, times(1)).send(sent.capture());
        assertThat(sent.getValue().realmId()).isEqualTo("realm-1");
        assertThat(sent.getValue().userId()).isEqualTo("user-1");
        assertThat(sent.getValue().clientId()).isEqualTo("portal-web");
        assertThat(sent.getValue().ipAddress()).isEqualTo("203.0.113.7");
        assertThat(sent.getValue().time()).isEqualTo(1_790_000_000_000L);
        assertThat(sent.getValue().languageTag()).isEqualTo("it");
    }

    @Test
    void eventsWhenOnlyOneOfTheTwoArrivesThenStillOneMail() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));
        commit();
        verify(mailer, times(1)).send(any());

        NotificationEventListenerProvider deprecatedOnly =
                new NotificationEventListenerProvider(mailer, change -> "it", afterCompletion::add);
        deprecatedOnly.onEvent(event(EventType.UPDATE_PASSWORD, "user-2", null));
        afterCompletion.get(1).begin();
        afterCompletion.get(1).commit();
        verify(mailer, times(2)).send(any());
    }

    @Test
    void eventsWhenTwoUsersChangeTheirPasswordsThenOneMailEach() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));
        listener.onEvent(event(EventType.UPDATE_PASSWORD, "user-2", "password"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-2", "password"));

        commit();

        ArgumentCaptor<PasswordChange> sent = ArgumentCaptor.forClass(PasswordChange.class);
        verify(mailer, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).extracting(PasswordChange::userId).containsExactly("user-1", "user-2");
    }

    @Test
    void eventsWhenOtherCredentialErrorOrNoUserThenNoMail() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "otp"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "sportello-security-question"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", null));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL_ERROR, "user-1", "password"));
        listener.onEvent(event(EventType.UPDATE_PASSWORD_ERROR, "user-1", "password"));
        listener.onEvent(event(EventType.LOGIN, "user-1", "password"));
        listener.onEvent(event(EventType.SEND_RESET_PASSWORD, "user-1", null));
        listener.onEvent(event(EventType.UPDATE_PASSWORD, null, "password"));
        Event failed = event(EventType.UPDATE_PASSWORD, "user-1", "password");
        failed.setError("password_rejected");
        listener.onEvent(failed);

        commit();

        verify(mailer, never()).send(any());
    }

    @Test
    void eventsWhenTransactionRollsBackThenNoMailForTheChangeThatWasNotStored() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));

        afterCompletion.get(0).begin();
        afterCompletion.get(0).rollback();

        verify(mailer, never()).send(any());
    }

    @Test
    void listenerWhenCreatedThenWaitsForTheRequestsTransactionOnce() {
        assertThat(afterCompletion).hasSize(1);
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));
        assertThat(afterCompletion).hasSize(1);
    }

    private void commit() {
        afterCompletion.get(0).begin();
        afterCompletion.get(0).commit();
    }

    private static Event event(EventType type, String userId, String credentialType) {
        Event event = new Event();
        event.setType(type);
        event.setRealmId("realm-1");
        event.setUserId(userId);
        event.setClientId("portal-web");
        event.setIpAddress("203.0.113.7");
        event.setTime(1_790_000_000_000L);
        Map<String, String> details = new HashMap<>();
        if (credentialType != null) {
            details.put("credential_type", credentialType);
        }
        event.setDetails(details);
        return event;
    }
}
