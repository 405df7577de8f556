package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.util.JsonSerialization;

class SecurityQuestionCredentialModelTest {

    private static final byte[] SALT = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODw==");

    @Test
    void createWhenHashedThenCredentialDataHoldsOnlyTheQuestionKey() throws Exception {
        SecurityQuestionCredentialModel model = SecurityQuestionCredentialModel.create(
                SecurityQuestions.FIRST_CAR,
                PasswordCredentialModel.createFromValues("pbkdf2-sha512", SALT, 210_000, "aGFzaA=="));

        assertThat(model.getType()).isEqualTo("sportello-security-question");
        assertThat(JsonSerialization.readValue(model.getCredentialData(), Map.class))
                .containsExactly(Map.entry("questionKey", "sportelloQuestionFirstCar"));
    }

    @Test
    void createWhenHashedThenSecretDataHoldsAlgorithmIterationsSaltAndHash() throws Exception {
        SecurityQuestionCredentialModel model = SecurityQuestionCredentialModel.create(
                SecurityQuestions.FIRST_CAR,
                PasswordCredentialModel.createFromValues("pbkdf2-sha512", SALT, 210_000, "aGFzaA=="));

        assertThat(JsonSerialization.readValue(model.getSecretData(), Map.class))
                .containsEntry("algorithm", "pbkdf2-sha512")
                .containsEntry("hashIterations", 210_000)
                .containsEntry("salt", "AAECAwQFBgcICQoLDA0ODw==")
                .containsEntry("value", "aGFzaA==")
                .doesNotContainKey("algorithmData");
    }

    @Test
    void createFromCredentialModelWhenStoredThenSameQuestionAndHashBack() {
        SecurityQuestionCredentialModel created = SecurityQuestionCredentialModel.create(
                SecurityQuestions.CHILDHOOD_STREET,
                PasswordCredentialModel.createFromValues(
                        "argon2", SALT, 5, Map.of("memory", List.of("7168"), "type", List.of("id")), "aGFzaA=="));
        CredentialModel stored = new CredentialModel();
        stored.setId("c-1");
        stored.setType(created.getType());
        stored.setCreatedDate(1_700_000_000_000L);
        stored.setCredentialData(created.getCredentialData());
        stored.setSecretData(created.getSecretData());

        SecurityQuestionCredentialModel read = SecurityQuestionCredentialModel.createFromCredentialModel(stored);

        assertThat(read.getId()).isEqualTo("c-1");
        assertThat(read.getCreatedDate()).isEqualTo(1_700_000_000_000L);
        assertThat(read.getQuestionKey()).isEqualTo(SecurityQuestions.CHILDHOOD_STREET);
        assertThat(read.hashAlgorithm()).isEqualTo("argon2");
        PasswordCredentialModel hash = read.hashedAnswer();
        assertThat(hash.getPasswordCredentialData().getHashIterations()).isEqualTo(5);
        assertThat(hash.getPasswordCredentialData().getAdditionalParameters())
                .containsEntry("memory", List.of("7168"))
                .containsEntry("type", List.of("id"));
        assertThat(hash.getPasswordSecretData().getSalt()).isEqualTo(SALT);
        assertThat(hash.getPasswordSecretData().getValue()).isEqualTo("aGFzaA==");
    }

    @Test
    void createFromCredentialModelWhenSecretDataRemovedThenQuestionButNoHash() {
        // the account REST API strips secret data before presenting credentials
        CredentialModel presented = new CredentialModel();
        presented.setType(SecurityQuestionCredentialModel.TYPE);
        presented.setCredentialData("{\"questionKey\":\"sportelloQuestionFirstSchool\"}");

        SecurityQuestionCredentialModel read = SecurityQuestionCredentialModel.createFromCredentialModel(presented);

        assertThat(read.getQuestionKey()).isEqualTo(SecurityQuestions.FIRST_SCHOOL);
        assertThat(read.hashedAnswer()).isNull();
    }

    @Test
    void createFromCredentialModelWhenJsonBrokenThenErrorWithoutTheStoredText() {
        CredentialModel broken = new CredentialModel();
        broken.setCredentialData("{\"questionKey\":\"sportelloQuestionFirstSchool\"}");
        broken.setSecretData("{\"value\": \"c2VjcmV0");

        assertThatIllegalStateException()
                .isThrownBy(() -> SecurityQuestionCredentialModel.createFromCredentialModel(broken))
                .withMessageNotContaining("c2VjcmV0");
    }
}
