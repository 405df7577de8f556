package it.sportello.keycloak.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterConfigTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void rateLimiterRejectsContradictorySettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiterConfig(true, 0, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiterConfig(true, 10_001, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimiterConfig(true, 100, "too-short"))
                .withMessageNotContaining("too-short");
    }

    @Test
    void rateLimiterConfigNeverPrintsTheSecret() {
        assertThat(new RateLimiterConfig(true, 100, SECRET).toString()).doesNotContain(SECRET);
        assertThat(new RateLimiterConfig(true, 100, " ").keyHashSecret()).isEmpty();
    }

    @Test
    void policiesRejectNonsense() {
        Duration minute = Duration.ofMinutes(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitPolicy("Claim IP", 5, minute, RateLimitMode.FIXED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitPolicy("claim-ip", 0, minute, RateLimitMode.FIXED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitPolicy("claim-ip", 5, Duration.ofMillis(500), RateLimitMode.FIXED));
    }

    @Test
    void refusalWaitIsRoundedUpToWholeMinutes() {
        assertThat(RateLimitDecision.refuse(Duration.ofSeconds(1)).retryAfterMinutes())
                .isEqualTo(1);
        assertThat(RateLimitDecision.refuse(Duration.ofSeconds(61)).retryAfterMinutes())
                .isEqualTo(2);
        assertThat(RateLimitDecision.refuse(Duration.ofMinutes(15)).retryAfterMinutes())
                .isEqualTo(15);
    }
}
