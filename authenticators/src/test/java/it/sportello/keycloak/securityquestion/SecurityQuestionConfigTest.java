package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SecurityQuestionConfigTest {

    @Test
    void configWhenNothingSetThenPbkdf2Sha512WithItsOwnIterations() {
        SecurityQuestionConfig config = SecurityQuestionConfig.from(null);

        assertThat(config.hashAlgorithm()).isEqualTo("pbkdf2-sha512");
        assertThat(config.hashIterations()).isEqualTo(-1);
    }

    @Test
    void configWhenAlgorithmBlankThenDefault() {
        assertThat(new SecurityQuestionConfig("  ", null).hashAlgorithm()).isEqualTo("pbkdf2-sha512");
    }

    @Test
    void configWhenAlgorithmAndIterationsSetThenUsed() {
        SecurityQuestionConfig config = new SecurityQuestionConfig(" argon2 ", 5);

        assertThat(config.hashAlgorithm()).isEqualTo("argon2");
        assertThat(config.hashIterations()).isEqualTo(5);
    }

    @Test
    void configWhenIterationsZeroOrBelowMinusOneThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityQuestionConfig(null, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityQuestionConfig(null, -2));
    }

    @Test
    void configPropertiesWhenListedThenNamesMatchTheTypedGetters() {
        assertThat(SecurityQuestionConfigProperties.ALL)
                .extracting(property -> property.getName())
                .containsExactly(SecurityQuestionConfig.HASH_ALGORITHM, SecurityQuestionConfig.HASH_ITERATIONS);
    }
}
