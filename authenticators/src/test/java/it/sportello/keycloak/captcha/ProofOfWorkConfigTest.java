package it.sportello.keycloak.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProofOfWorkConfigTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void proofOfWorkRejectsOutOfRangeSettings() {
        Duration ttl = Duration.ofMinutes(15);
        assertThatIllegalArgumentException().isThrownBy(() -> new ProofOfWorkConfig(0, ttl, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProofOfWorkConfig(27, ttl, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProofOfWorkConfig(16, Duration.ofSeconds(5), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProofOfWorkConfig(16, ttl, "too-short"))
                .withMessageNotContaining("too-short");
    }

    @Test
    void proofOfWorkUsesTheServerSecretOnlyWhenSet() {
        assertThat(ProofOfWorkConfig.defaults().serverSecret()).isEmpty();
        ProofOfWorkConfig withSecret = new ProofOfWorkConfig(16, Duration.ofMinutes(15), SECRET);
        assertThat(withSecret.serverSecret()).isPresent();
        assertThat(withSecret.toString()).doesNotContain(SECRET);
    }
}
