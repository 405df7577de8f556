package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.credential.PasswordCredentialModel;

/** With Keycloak's real PBKDF2-HMAC-SHA512 hash provider. */
class SecurityQuestionHasherTest {

    private SecurityQuestionHasher hasher;

    @BeforeEach
    void setUp() throws Exception {
        hasher = JcaCrypto.hasher();
    }

    @Test
    void hashWhenAnswerThenStoredWithConfiguredAlgorithmAndIterationsAndNoPlainText() {
        SecurityQuestionCredentialModel model = hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"));

        PasswordCredentialModel hash = model.hashedAnswer();
        assertThat(hash.getPasswordCredentialData().getAlgorithm()).isEqualTo("pbkdf2-sha512");
        assertThat(hash.getPasswordCredentialData().getHashIterations()).isEqualTo(JcaCrypto.TEST_ITERATIONS);
        assertThat(hash.getPasswordSecretData().getSalt()).hasSize(16);
        assertThat(model.getSecretData() + model.getCredentialData()).doesNotContainIgnoringCase("agata");
    }

    @Test
    void hashWhenSameAnswerTwiceThenDifferentSaltAndHash() {
        SecurityQuestionCredentialModel first = hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"));
        SecurityQuestionCredentialModel second = hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"));

        assertThat(first.getSecretData()).isNotEqualTo(second.getSecretData());
    }

    @Test
    void matchesWhenTypedWithOtherCaseAccentsAndPunctuationThenTrue() {
        SecurityQuestionCredentialModel stored = hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"));

        assertThat(hasher.matches(stored, answer("SANT AGATA"))).isTrue();
        assertThat(hasher.matches(stored, answer("  sànt'agata "))).isTrue();
    }

    @Test
    void matchesWhenOtherAnswerThenFalse() {
        SecurityQuestionCredentialModel stored = hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"));

        assertThat(hasher.matches(stored, answer("Santa Agata"))).isFalse();
    }

    @Test
    void matchesWhenStoredAlgorithmNotInstalledThenFalse() {
        SecurityQuestionCredentialModel stored = SecurityQuestionCredentialModel.create(
                SecurityQuestions.FIRST_SCHOOL,
                PasswordCredentialModel.createFromValues("md5-legacy", new byte[16], 1, "aGFzaA=="));

        assertThat(hasher.matches(stored, answer("Sant’Agata"))).isFalse();
    }

    @Test
    void hashWhenConfiguredAlgorithmNotInstalledThenRefused() throws Exception {
        SecurityQuestionHasher misconfigured =
                new SecurityQuestionHasher(id -> null, new SecurityQuestionConfig("argon2", null));

        assertThatIllegalStateException()
                .isThrownBy(() -> misconfigured.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata")));
    }

    private static SecurityQuestionAnswer answer(String typed) {
        return SecurityQuestionAnswer.parse(typed).orElseThrow();
    }
}
