package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import it.sportello.keycloak.ratelimit.RateLimitDecision;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

class ResetAbuseLimitsTest {

    /** Failure counts per scope and key, saturating at the policy's limit like the real limiter. */
    private static final class CountingLimiter implements RateLimiter {
        final Map<String, Integer> failures = new HashMap<>();

        @Override
        public RateLimitDecision tryAcquire(RateLimitPolicy policy, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordFailure(RateLimitPolicy policy, String key) {
            failures.merge(policy.scope() + "/" + key, 1, (a, b) -> Math.min(policy.limit(), a + b));
        }

        @Override
        public int failures(RateLimitPolicy policy, String key) {
            return failures.getOrDefault(policy.scope() + "/" + key, 0);
        }

        @Override
        public void reset(RateLimitPolicy policy, String key) {}

        @Override
        public void close() {}
    }

    private final CountingLimiter limiter = new CountingLimiter();
    /** Notes of the last session made by {@link #session()}. */
    private Map<String, String> notes;

    private AuthenticationSessionModel session() {
        Map<String, String> notes = new HashMap<>();
        this.notes = notes;
        AuthenticationSessionModel session = mock(AuthenticationSessionModel.class);
        when(session.getAuthNote(ResetAbuseLimits.CAPTCHA_NOTE))
                .thenAnswer(invocation -> notes.get(ResetAbuseLimits.CAPTCHA_NOTE));
        doAnswer(invocation -> notes.put(invocation.getArgument(0), invocation.getArgument(1)))
                .when(session)
                .setAuthNote(anyString(), anyString());
        return session;
    }

    private static ResetChooseUserConfig threshold(int requests) {
        return new ResetChooseUserConfig(
                Map.of(ResetChooseUserConfig.CAPTCHA_AFTER_REQUESTS, Integer.toString(requests)));
    }

    private static RecoveryIdentifier name(String typed) {
        return RecoveryIdentifier.parse(typed).orElseThrow();
    }

    @Test
    void alwaysThenTheCheckFromTheFirstRequestEvenWithTheCounterOff() {
        ResetAbuseLimits limits = new ResetAbuseLimits(
                limiter,
                new ResetChooseUserConfig(Map.of(
                        ResetChooseUserConfig.CAPTCHA_ALWAYS, "true",
                        ResetChooseUserConfig.CAPTCHA_AFTER_REQUESTS, "0")),
                "192.0.2.1");

        assertThat(limits.captchaRequired(session(), null)).isTrue();
        assertThat(limits.captchaRequired(session(), name("C0001"))).isTrue();
        assertThat(limiter.failures).isEmpty();
    }

    @Test
    void everyRequestCountsWhateverItNamesThenTheCheckFromTheThreshold() {
        ResetAbuseLimits limits = new ResetAbuseLimits(limiter, threshold(3), "192.0.2.1");
        AuthenticationSessionModel session = session();

        limits.recordRequest(session, name("C0001"));
        limits.recordRequest(session, name("Z9999"));
        assertThat(limits.captchaRequired(session, null)).isFalse();
        // a malformed field counts too
        limits.recordRequest(session, null);

        assertThat(limits.captchaRequired(session, null)).isTrue();
        assertThat(notes).containsKey(ResetAbuseLimits.CAPTCHA_NOTE);
    }

    @Test
    void oneNameAskedFromManyAddressesThenTheCheckForThatNameOnly() {
        for (int i = 1; i <= 3; i++) {
            new ResetAbuseLimits(limiter, threshold(3), "198.51.100." + i).recordRequest(session(), name("c 00-01"));
        }
        ResetAbuseLimits fresh = new ResetAbuseLimits(limiter, threshold(3), "203.0.113.9");

        assertThat(fresh.captchaRequired(session(), name("C0001"))).isTrue();
        assertThat(fresh.captchaRequired(session(), name("C0002"))).isFalse();
    }

    @Test
    void thresholdZeroThenNeverAskedAndNothingCounted() {
        ResetAbuseLimits limits = new ResetAbuseLimits(limiter, threshold(0), "192.0.2.1");
        AuthenticationSessionModel session = session();
        for (int i = 0; i < 10; i++) {
            limits.recordRequest(session, name("C0001"));
        }

        assertThat(limits.captchaRequired(session, name("C0001"))).isFalse();
        assertThat(limiter.failures).isEmpty();
    }
}
