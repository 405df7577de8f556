package it.sportello.keycloak.contactcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The one-time code's rules: single use, lifetime, tries, decoys; notes hold no code in clear. */
class CodeChallengeTest {

    private final Map<String, String> notes = new HashMap<>();
    private final AuthenticationSessionModel session = AuthNotes.backedBy(notes);
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    private CodeChallenge challenge() {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new CodeChallenge(session, "t.", clock, new SecureRandom(), Duration.ofMinutes(5), 3);
    }

    @Test
    void rightCodeOnceThenExpired() {
        String code = challenge().issue();

        assertThat(code).matches("[0-9]{6}");
        assertThat(notes.values()).doesNotContain(code);
        assertThat(challenge().check(code)).isEqualTo(CodeChallenge.Outcome.OK);
        assertThat(challenge().check(code)).isEqualTo(CodeChallenge.Outcome.EXPIRED);
    }

    @Test
    void threeWrongTriesKillTheCodeEvenForTheRightOneAfter() {
        String code = challenge().issue();
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(challenge().check(wrong)).isEqualTo(CodeChallenge.Outcome.WRONG);
        assertThat(challenge().triesLeft()).isEqualTo(2);
        assertThat(challenge().check(wrong)).isEqualTo(CodeChallenge.Outcome.WRONG);
        assertThat(challenge().check(wrong)).isEqualTo(CodeChallenge.Outcome.EXHAUSTED);
        assertThat(challenge().check(code)).isEqualTo(CodeChallenge.Outcome.EXHAUSTED);
    }

    @Test
    void codeAfterItsLifetimeIsExpired() {
        String code = challenge().issue();
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);

        assertThat(challenge().check(code)).isEqualTo(CodeChallenge.Outcome.EXPIRED);
    }

    @Test
    void decoyRefusesEveryCodeLikeARealOne() {
        challenge().issueDecoy();

        assertThat(challenge().check("123456")).isEqualTo(CodeChallenge.Outcome.WRONG);
        assertThat(challenge().triesLeft()).isEqualTo(2);
        assertThat(challenge().check("654321")).isEqualTo(CodeChallenge.Outcome.WRONG);
        assertThat(challenge().check("000000")).isEqualTo(CodeChallenge.Outcome.EXHAUSTED);
    }

    @Test
    void newCodeReplacesTheOldOneAndItsTries() {
        String first = challenge().issue();
        challenge().check(first.equals("000000") ? "111111" : "000000");
        String second = challenge().issue();

        assertThat(challenge().triesLeft()).isEqualTo(3);
        if (!first.equals(second)) {
            assertThat(challenge().check(first)).isEqualTo(CodeChallenge.Outcome.WRONG);
        }
        assertThat(challenge().check(second)).isEqualTo(CodeChallenge.Outcome.OK);
    }
}
