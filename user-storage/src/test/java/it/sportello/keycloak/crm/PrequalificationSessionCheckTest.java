package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

class PrequalificationSessionCheckTest {

    private static final long NOW = 1_800_000_000L;
    private static final PrequalificationSessionCheck FIVE_MINUTES = PrequalificationSessionCheck.ofSeconds(300);

    @Test
    void passedThenTrustedUntilTheIntervalEndsAndNotAfter() {
        UserSessionModel userSession = sessionWithNote(Long.toString(NOW + 300));

        assertThat(FIVE_MINUTES.trusts(userSession, NOW)).isTrue();
        assertThat(FIVE_MINUTES.trusts(userSession, NOW + 299)).isTrue();
        assertThat(FIVE_MINUTES.trusts(userSession, NOW + 300)).isFalse();
        assertThat(FIVE_MINUTES.trusts(userSession, NOW + 3600)).isFalse();
    }

    @Test
    void passedOnASessionThenTheNoteSaysNowPlusTheInterval() {
        UserSessionModel userSession = mock(UserSessionModel.class);

        FIVE_MINUTES.passed(userSession, NOW);

        verify(userSession).setNote(PrequalificationSessionCheck.CHECKED_UNTIL_NOTE, Long.toString(NOW + 300));
    }

    @Test
    void passedAtSignInThenTheUserSessionNoteSaysNowPlusTheInterval() {
        AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);

        FIVE_MINUTES.passed(authSession, NOW);

        verify(authSession)
                .setUserSessionNote(PrequalificationSessionCheck.CHECKED_UNTIL_NOTE, Long.toString(NOW + 300));
    }

    @Test
    void intervalZeroThenNothingTrustedAndNothingWritten() {
        PrequalificationSessionCheck always = PrequalificationSessionCheck.ofSeconds(0);
        UserSessionModel userSession = sessionWithNote(Long.toString(NOW + 300));

        assertThat(always.trusts(userSession, NOW)).isFalse();
        always.passed(userSession, NOW);
        verify(userSession, never()).setNote(anyString(), anyString());
    }

    @Test
    void noNoteOrNoSessionOrGarbageThenNotTrusted() {
        assertThat(FIVE_MINUTES.trusts(sessionWithNote(null), NOW)).isFalse();
        assertThat(FIVE_MINUTES.trusts(null, NOW)).isFalse();
        assertThat(FIVE_MINUTES.trusts(sessionWithNote("soon"), NOW)).isFalse();
    }

    @Test
    void noteFurtherAheadThanTheIntervalThenNotTrusted() {
        // written under a longer interval before a restart that shortened it
        assertThat(FIVE_MINUTES.trusts(sessionWithNote(Long.toString(NOW + 3600)), NOW))
                .isFalse();
    }

    @Test
    void negativeIntervalThenTreatedAsZero() {
        assertThat(PrequalificationSessionCheck.ofSeconds(-60).intervalSeconds())
                .isZero();
    }

    private static UserSessionModel sessionWithNote(String note) {
        UserSessionModel userSession = mock(UserSessionModel.class);
        when(userSession.getNote(PrequalificationSessionCheck.CHECKED_UNTIL_NOTE))
                .thenReturn(note);
        return userSession;
    }
}
