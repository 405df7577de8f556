package it.sportello.keycloak.securityquestion;

import static it.sportello.keycloak.securityquestion.JcaCrypto.PBKDF2_SHA256;
import static it.sportello.keycloak.securityquestion.JcaCrypto.PBKDF2_SHA512;
import static it.sportello.keycloak.securityquestion.JcaCrypto.TEST_ITERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * With Keycloak's real PBKDF2 hash providers: pbkdf2-sha512 as the server default (what every answer was hashed with
 * before answers followed the realm's password policy) and pbkdf2-sha256 for a policy that names it.
 */
class SecurityQuestionHasherTest {

    private SecurityQuestionHasher hasher;

    @BeforeEach
    void setUp() throws Exception {
        hasher = JcaCrypto.hasher();
    }

    @Test
    void hashWhenPolicyNamesNoAlgorithmThenServerDefaultWithItsIterationsAndNoPlainText() {
        SecurityQuestionCredentialModel model =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());

        PasswordCredentialModel hash = model.hashedAnswer();
        assertThat(hash.getPasswordCredentialData().getAlgorithm()).isEqualTo(PBKDF2_SHA512);
        assertThat(hash.getPasswordCredentialData().getHashIterations()).isEqualTo(TEST_ITERATIONS);
        assertThat(hash.getPasswordSecretData().getSalt()).hasSize(16);
        assertThat(model.getSecretData() + model.getCredentialData()).doesNotContainIgnoringCase("agata");
    }

    @Test
    void hashWhenPolicyNamesAlgorithmAndIterationsThenThose() {
        SecurityQuestionCredentialModel model = hasher.hash(
                SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), JcaCrypto.policy(PBKDF2_SHA256, 1_500));

        PasswordCredentialModel hash = model.hashedAnswer();
        assertThat(hash.getPasswordCredentialData().getAlgorithm()).isEqualTo(PBKDF2_SHA256);
        assertThat(hash.getPasswordCredentialData().getHashIterations()).isEqualTo(1_500);
        assertThat(hasher.matches(model, answer("sant agata"))).isTrue();
    }

    @Test
    void hashWhenPolicyAlgorithmNotInstalledThenServerDefaultAsForPasswords() {
        SecurityQuestionCredentialModel model =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), JcaCrypto.policy("md5-legacy", -1));

        assertThat(model.hashAlgorithm()).isEqualTo(PBKDF2_SHA512);
    }

    @Test
    void hashWhenServerHasNoHashProviderThenRefused() {
        SecurityQuestionHasher broken = new SecurityQuestionHasher(id -> null, () -> null);

        assertThatIllegalStateException()
                .isThrownBy(() ->
                        broken.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty()));
    }

    @Test
    void hashWhenSameAnswerTwiceThenDifferentSaltAndHash() {
        SecurityQuestionCredentialModel first =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());
        SecurityQuestionCredentialModel second =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());

        assertThat(first.getSecretData()).isNotEqualTo(second.getSecretData());
    }

    @Test
    void matchesWhenTypedWithOtherCaseAccentsAndPunctuationThenTrue() {
        SecurityQuestionCredentialModel stored =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());

        assertThat(hasher.matches(stored, answer("SANT AGATA"))).isTrue();
        assertThat(hasher.matches(stored, answer("  sànt'agata "))).isTrue();
    }

    @Test
    void matchesWhenOtherAnswerThenFalse() {
        SecurityQuestionCredentialModel stored =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());

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
    void matchesWhenStoredBySeparateSettingBeforePolicyThenVerifiedWithTheStoredAlgorithm() throws Exception {
        // the row as the provider's own pbkdf2-sha512 setting wrote it, while the realm's policy now names sha256
        SecurityQuestionCredentialModel stored = storedAsBefore("Sant’Agata");

        assertThat(hasher.matches(stored, answer("sant agata"))).isTrue();
        assertThat(hasher.matches(stored, answer("Santa Agata"))).isFalse();
    }

    @Test
    void rehashWhenStoredWithAnotherAlgorithmThanThePolicyThenHashedUnderThePolicy() throws Exception {
        SecurityQuestionCredentialModel stored = storedAsBefore("Sant’Agata");

        SecurityQuestionCredentialModel rehashed = hasher.rehashIfPolicyChanged(
                        stored, answer("sant agata"), JcaCrypto.policy(PBKDF2_SHA256, 1_500))
                .orElseThrow();

        assertThat(rehashed.hashAlgorithm()).isEqualTo(PBKDF2_SHA256);
        assertThat(rehashed.hashedAnswer().getPasswordCredentialData().getHashIterations())
                .isEqualTo(1_500);
        assertThat(rehashed.getQuestionKey()).isEqualTo(SecurityQuestions.FIRST_SCHOOL);
        assertThat(hasher.matches(rehashed, answer("Sant’Agata"))).isTrue();
    }

    @Test
    void rehashWhenSameAlgorithmButPolicyIterationsChangedThenHashedAgain() {
        SecurityQuestionCredentialModel stored =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty());

        assertThat(hasher.rehashIfPolicyChanged(
                        stored, answer("Sant’Agata"), JcaCrypto.policy(PBKDF2_SHA512, TEST_ITERATIONS + 1)))
                .get()
                .extracting(model ->
                        model.hashedAnswer().getPasswordCredentialData().getHashIterations())
                .isEqualTo(TEST_ITERATIONS + 1);
    }

    @Test
    void rehashWhenStoredHashFollowsThePolicyThenNothing() {
        PasswordPolicy policy = JcaCrypto.policy(PBKDF2_SHA256, 1_500);
        SecurityQuestionCredentialModel stored =
                hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), policy);

        assertThat(hasher.rehashIfPolicyChanged(stored, answer("Sant’Agata"), policy))
                .isEmpty();
        assertThat(hasher.rehashIfPolicyChanged(
                        hasher.hash(SecurityQuestions.FIRST_SCHOOL, answer("Sant’Agata"), PasswordPolicy.empty()),
                        answer("Sant’Agata"),
                        PasswordPolicy.empty()))
                .isEmpty();
    }

    /**
     * A credential row exactly as the provider wrote it when answers had their own hash setting (pbkdf2-sha512 at the
     * provider's iterations): the same JSON shape Keycloak's password credential uses for its parameters.
     */
    static SecurityQuestionCredentialModel storedAsBefore(String answer) throws Exception {
        PasswordCredentialModel hash =
                JcaCrypto.pbkdf2Sha512().encodedCredential(answer(answer).normalized(), TEST_ITERATIONS);
        CredentialModel row = new CredentialModel();
        row.setId("c-old");
        row.setType(SecurityQuestionCredentialModel.TYPE);
        row.setCreatedDate(1_700_000_000_000L);
        row.setCredentialData("{\"questionKey\":\"" + SecurityQuestions.FIRST_SCHOOL + "\"}");
        row.setSecretData("{\"algorithm\":\"pbkdf2-sha512\",\"hashIterations\":" + TEST_ITERATIONS + ",\"value\":\""
                + hash.getPasswordSecretData().getValue() + "\",\"salt\":\""
                + Base64.getEncoder()
                        .encodeToString(hash.getPasswordSecretData().getSalt()) + "\"}");
        return SecurityQuestionCredentialModel.createFromCredentialModel(row);
    }

    private static SecurityQuestionAnswer answer(String typed) {
        return SecurityQuestionAnswer.parse(typed).orElseThrow();
    }
}
