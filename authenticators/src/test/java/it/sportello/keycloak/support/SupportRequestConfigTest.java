package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportRequestConfigTest {

    @Test
    void withoutAttributesTheDefaultsApply() {
        SupportRequestConfig config = SupportRequestConfig.of(Map.of());

        assertThat(config.enabled()).isTrue();
        assertThat(config.ipPolicy())
                .isEqualTo(new RateLimitPolicy("support-ip", 10, Duration.ofMinutes(60), RateLimitMode.SLIDING));
        assertThat(config.emailPolicy())
                .isEqualTo(new RateLimitPolicy("support-email", 5, Duration.ofMinutes(1_440), RateLimitMode.SLIDING));
        assertThat(config.minResponseMillis()).isEqualTo(300);
        assertThat(config.maxMessageLength()).isEqualTo(2_000);
    }

    @Test
    void attributesSetTheLimitsTheFloorAndTheMessageLength() {
        SupportRequestConfig config = SupportRequestConfig.of(Map.of(
                "sportello.support.ipLimit", " 3 ",
                "sportello.support.ipWindowMinutes", "5",
                "sportello.support.emailLimit", "2",
                "sportello.support.emailWindowMinutes", "30",
                "sportello.support.minResponseMillis", "0",
                "sportello.support.maxMessageLength", "1000"));

        assertThat(config.ipPolicy().limit()).isEqualTo(3);
        assertThat(config.ipPolicy().window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.emailPolicy().limit()).isEqualTo(2);
        assertThat(config.emailPolicy().window()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.minResponseMillis()).isZero();
        assertThat(config.maxMessageLength()).isEqualTo(1_000);
    }

    @Test
    void valuesOutOfRangeAreBroughtToTheBoundAndGarbageFallsBackToTheDefault() {
        SupportRequestConfig config = SupportRequestConfig.of(Map.of(
                "sportello.support.ipLimit", "0",
                "sportello.support.ipWindowMinutes", "99999999",
                "sportello.support.emailLimit", "lots",
                "sportello.support.minResponseMillis", "-5",
                "sportello.support.maxMessageLength", "1000000"));

        assertThat(config.ipPolicy().limit()).isEqualTo(1);
        assertThat(config.ipPolicy().window()).isEqualTo(Duration.ofMinutes(SupportRequestConfig.MAX_WINDOW_MINUTES));
        assertThat(config.emailPolicy().limit()).isEqualTo(SupportRequestConfig.DEFAULT_EMAIL_LIMIT);
        assertThat(config.minResponseMillis()).isZero();
        assertThat(config.maxMessageLength()).isEqualTo(4_000);
    }

    @Test
    void onlyFalseSwitchesTheFormOff() {
        assertThat(SupportRequestConfig.of(Map.of("sportello.support.enabled", " FALSE "))
                        .enabled())
                .isFalse();
        assertThat(SupportRequestConfig.of(Map.of("sportello.support.enabled", "no"))
                        .enabled())
                .isTrue();
    }
}
