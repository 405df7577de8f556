package it.sportello.keycloak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
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
 * One notice per account change, only after commit: Keycloak 26.7 reports a password change made through the
 * update-password required action (reset flow, account console, admin-assigned action) as both UPDATE_CREDENTIAL and
 * the deprecated UPDATE_PASSWORD, an OTP set-up as UPDATE_CREDENTIAL and UPDATE_TOTP, an OTP removal as
 * REMOVE_CREDENTIAL and REMOVE_TOTP, an email change as UPDATE_EMAIL (update-email action, the portal) or UPDATE_PROFILE
 * (account REST API) with the previous and the updated address.
 */
class NotificationEventListenerProviderTest {

    private static final String SUPPORT = "https://portal.example/realms/customer-portal/sportello-support";

    private AccountChangeMailer mailer;
    private List<KeycloakTransaction> afterCompletion;
    private NotificationEventListenerProvider listener;

    @BeforeEach
    void setUp() {
        mailer = mock(AccountChangeMailer.class);
        afterCompletion = new ArrayList<>();
        listener = new NotificationEventListenerProvider(
                mailer, change -> change.withRequestContext("it", SUPPORT), afterCompletion::add);
    }

    @Test
    void eventsWhenRequiredActionReportsOneChangeTwiceThenOneMailAfterCommit() {
        listener.onEvent(event(EventType.UPDATE_PASSWORD, "user-1", "password"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));
        verify(mailer, never()).send(any());

        commit();

        ArgumentCaptor<AccountChange> sent = ArgumentCaptor.forClass(AccountChange.class);
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

        NotificationEventListenerProvider deprecatedOnly = new NotificationEventListenerProvider(
                mailer, change -> change.withRequestContext("it", SUPPORT), afterCompletion::add);
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

        ArgumentCaptor<AccountChange> sent = ArgumentCaptor.forClass(AccountChange.class);
        verify(mailer, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).extracting(AccountChange::userId).containsExactly("user-1", "user-2");
    }

    @Test
    void eventsWhenOtherCredentialErrorOrNoUserThenNoMail() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "webauthn"));
        listener.onEvent(event(EventType.REMOVE_CREDENTIAL, "user-1", "password"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", null));
        listener.onEvent(event(EventType.UPDATE_PROFILE, "user-1", null));
        listener.onEvent(email(EventType.UPDATE_EMAIL, "user-1", null, "new@example.com"));
        listener.onEvent(email(EventType.UPDATE_PROFILE, "user-1", "Same@Example.com", "same@example.com"));
        listener.onEvent(event(EventType.REGISTER_ERROR, "user-1", null));
        listener.onEvent(event(EventType.REMOVE_TOTP_ERROR, "user-1", "otp"));
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

    @Test
    void eventsWhenOtpAddedThenOneNoticeForTheTwoEvents() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "otp"));
        listener.onEvent(event(EventType.UPDATE_TOTP, "user-1", "otp"));

        assertThat(sentAfterCommit()).singleElement().satisfies(change -> assertThat(change.kind())
                .isEqualTo(AccountChange.Kind.OTP_ADDED));
    }

    @Test
    void eventsWhenOtpRemovedFromConsoleOrActionThenOneNoticeForTheTwoEvents() {
        listener.onEvent(event(EventType.REMOVE_CREDENTIAL, "user-1", "otp"));
        listener.onEvent(event(EventType.REMOVE_TOTP, "user-1", "otp"));

        assertThat(sentAfterCommit()).singleElement().satisfies(change -> assertThat(change.kind())
                .isEqualTo(AccountChange.Kind.OTP_REMOVED));
    }

    @Test
    void eventsWhenSecurityQuestionSetThenOneNotice() {
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "sportello-security-question"));

        assertThat(sentAfterCommit()).singleElement().satisfies(change -> assertThat(change.kind())
                .isEqualTo(AccountChange.Kind.SECURITY_QUESTION_SET));
    }

    @Test
    void eventsWhenEmailChangedInBothShapesThenOneNoticeToThePreviousAddress() {
        listener.onEvent(email(EventType.UPDATE_EMAIL, "user-1", "old@example.com", "new@example.com"));
        listener.onEvent(email(EventType.UPDATE_PROFILE, "user-1", "old@example.com", "new@example.com"));
        listener.onEvent(email(EventType.UPDATE_PROFILE, "user-2", " other@example.com ", "new2@example.com"));

        List<AccountChange> sent = sentAfterCommit();
        assertThat(sent).extracting(AccountChange::kind).containsOnly(AccountChange.Kind.EMAIL_CHANGED);
        assertThat(sent)
                .extracting(AccountChange::previousEmail)
                .containsExactly("old@example.com", "other@example.com");
        assertThat(sent.get(0).toString()).doesNotContain("old@example.com");
    }

    @Test
    void eventsWhenAccountClaimedThenOneNoticeWithTheSupportFormAndLanguage() {
        Event claimed = event(EventType.REGISTER, "user-1", null);
        claimed.getDetails().put("sportello_claim_step", "complete");
        claimed.getDetails().put(NotificationEventListenerProviderFactory.CLAIM_ACTIVATED, "true");
        listener.onEvent(claimed);
        // a claim that only sent an activation link: no "claimed" notice (the account has no password yet)
        listener.onEvent(event(EventType.REGISTER, "user-2", null));

        assertThat(sentAfterCommit()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(AccountChange.Kind.ACCOUNT_CLAIMED);
            assertThat(change.supportUrl()).isEqualTo(SUPPORT);
            assertThat(change.languageTag()).isEqualTo("it");
        });
    }

    @Test
    void eventsWhenSeveralKindsForOneUserThenOneNoticePerKind() {
        listener.onEvent(event(EventType.UPDATE_PASSWORD, "user-1", null));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "otp"));
        listener.onEvent(email(EventType.UPDATE_EMAIL, "user-1", "old@example.com", "new@example.com"));
        listener.onEvent(event(EventType.UPDATE_CREDENTIAL, "user-1", "password"));

        assertThat(sentAfterCommit())
                .extracting(AccountChange::kind)
                .containsExactly(
                        AccountChange.Kind.PASSWORD_CHANGED,
                        AccountChange.Kind.OTP_ADDED,
                        AccountChange.Kind.EMAIL_CHANGED);
    }

    @Test
    void mobileVerifiedOrRemovedThenOneNoticeEachAndOtherProfileUpdatesNone() {
        Event changed = event(EventType.UPDATE_PROFILE, "user-1", null);
        changed.getDetails().put(AccountChange.MOBILE_DETAIL, "changed");
        Event removed = event(EventType.UPDATE_PROFILE, "user-2", null);
        removed.getDetails().put(AccountChange.MOBILE_DETAIL, "removed");
        Event refused = event(EventType.UPDATE_PROFILE, "user-3", null);
        refused.getDetails().put(AccountChange.MOBILE_DETAIL, "code-wrong");

        listener.onEvent(changed);
        listener.onEvent(removed);
        listener.onEvent(refused);

        assertThat(sentAfterCommit())
                .extracting(AccountChange::kind)
                .containsExactly(AccountChange.Kind.MOBILE_CHANGED, AccountChange.Kind.MOBILE_REMOVED);
        assertThat(EmailAccountChangeMailer.messagePrefix(AccountChange.Kind.MOBILE_CHANGED))
                .isEqualTo("sportelloAccountChangeMobileChanged");
    }

    @Test
    void recoveryEmailVerifiedOrRemovedThenOneNoticeEachAndRefusedCodesNone() {
        Event changed = event(EventType.UPDATE_PROFILE, "user-1", null);
        changed.getDetails().put(AccountChange.RECOVERY_EMAIL_DETAIL, "changed");
        Event removed = event(EventType.UPDATE_PROFILE, "user-2", null);
        removed.getDetails().put(AccountChange.RECOVERY_EMAIL_DETAIL, "removed");
        Event refused = event(EventType.UPDATE_PROFILE, "user-3", null);
        refused.getDetails().put(AccountChange.RECOVERY_EMAIL_DETAIL, "code-wrong");

        listener.onEvent(changed);
        listener.onEvent(removed);
        listener.onEvent(refused);

        assertThat(sentAfterCommit())
                .extracting(AccountChange::kind)
                .containsExactly(AccountChange.Kind.RECOVERY_EMAIL_CHANGED, AccountChange.Kind.RECOVERY_EMAIL_REMOVED);
        assertThat(EmailAccountChangeMailer.messagePrefix(AccountChange.Kind.RECOVERY_EMAIL_REMOVED))
                .isEqualTo("sportelloAccountChangeRecoveryEmailRemoved");
    }

    @Test
    void messageKeysFollowTheKind() {
        assertThat(EmailAccountChangeMailer.messagePrefix(AccountChange.Kind.SECURITY_QUESTION_SET))
                .isEqualTo("sportelloAccountChangeSecurityQuestionSet");
        assertThat(EmailAccountChangeMailer.messagePrefix(AccountChange.Kind.OTP_REMOVED))
                .isEqualTo("sportelloAccountChangeOtpRemoved");
    }

    private List<AccountChange> sentAfterCommit() {
        commit();
        ArgumentCaptor<AccountChange> sent = ArgumentCaptor.forClass(AccountChange.class);
        verify(mailer, atLeast(0)).send(sent.capture());
        return sent.getAllValues();
    }

    private static Event email(EventType type, String userId, String previous, String updated) {
        Event event = event(type, userId, null);
        if (previous != null) {
            event.getDetails().put("previous_email", previous);
        }
        event.getDetails().put("updated_email", updated);
        return event;
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
