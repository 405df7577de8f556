package it.sportello.keycloak.securityquestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.dto.PasswordCredentialData;
import org.keycloak.models.credential.dto.PasswordSecretData;
import org.keycloak.util.JsonSerialization;

/**
 * A customer's security question as a Keycloak credential of type {@value #TYPE}: the question's message key in the
 * credential data, the hashed normalized answer in the secret data. One per user; setting a new one replaces it.
 */
public final class SecurityQuestionCredentialModel extends CredentialModel {

    public static final String TYPE = "sportello-security-question";

    private final SecurityQuestionCredentialData questionData;
    private final SecurityQuestionSecretData answerData;

    private SecurityQuestionCredentialModel(
            SecurityQuestionCredentialData questionData, SecurityQuestionSecretData answerData) {
        this.questionData = questionData;
        this.answerData = answerData;
    }

    /** A new credential from a question key and the answer as a {@code PasswordHashProvider} encoded it. */
    static SecurityQuestionCredentialModel create(String questionKey, PasswordCredentialModel hashedAnswer) {
        PasswordCredentialData hashParameters = hashedAnswer.getPasswordCredentialData();
        PasswordSecretData hash = hashedAnswer.getPasswordSecretData();
        SecurityQuestionCredentialData questionData = new SecurityQuestionCredentialData(questionKey);
        SecurityQuestionSecretData answerData = new SecurityQuestionSecretData(
                hashParameters.getAlgorithm(),
                hashParameters.getHashIterations(),
                hashParameters.getAdditionalParameters(),
                hash.getValue(),
                hash.getSalt());
        SecurityQuestionCredentialModel model = new SecurityQuestionCredentialModel(questionData, answerData);
        model.setType(TYPE);
        model.setCredentialData(write(questionData));
        model.setSecretData(write(answerData));
        return model;
    }

    /** The stored credential read back; secret data may be absent (e.g. when presented without secrets). */
    public static SecurityQuestionCredentialModel createFromCredentialModel(CredentialModel stored) {
        SecurityQuestionCredentialData questionData =
                read(stored.getCredentialData(), SecurityQuestionCredentialData.class);
        SecurityQuestionSecretData answerData = read(stored.getSecretData(), SecurityQuestionSecretData.class);
        SecurityQuestionCredentialModel model = new SecurityQuestionCredentialModel(questionData, answerData);
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setCredentialData(stored.getCredentialData());
        model.setSecretData(stored.getSecretData());
        model.setFederationLink(stored.getFederationLink());
        return model;
    }

    /** The question's message key, or null for a credential without data. */
    public String getQuestionKey() {
        return questionData == null ? null : questionData.getQuestionKey();
    }

    /**
     * The stored hash in the shape {@code PasswordHashProvider.verify} takes, or null when the secret data is missing
     * or incomplete.
     */
    PasswordCredentialModel hashedAnswer() {
        if (answerData == null || answerData.getAlgorithm() == null || answerData.getValue() == null) {
            return null;
        }
        return PasswordCredentialModel.createFromValues(
                new PasswordCredentialData(
                        answerData.getHashIterations(), answerData.getAlgorithm(), answerData.getAlgorithmData()),
                new PasswordSecretData(answerData.getValue(), answerData.getSalt()));
    }

    /** The hash algorithm the answer was stored with, or null. */
    String hashAlgorithm() {
        return answerData == null ? null : answerData.getAlgorithm();
    }

    private static String write(Object data) {
        try {
            return JsonSerialization.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JsonSerialization.readValue(json, type);
        } catch (IOException e) {
            // the message could quote the stored JSON: keep only the type
            throw new IllegalStateException("Unreadable " + type.getSimpleName() + " in a stored security question");
        }
    }
}
