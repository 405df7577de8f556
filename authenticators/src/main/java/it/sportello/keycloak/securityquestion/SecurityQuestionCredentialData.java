package it.sportello.keycloak.securityquestion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The credential data of a security question: only the question's message key. It is not secret (the account REST API
 * shows credential data to its owner) and holds nothing about the answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SecurityQuestionCredentialData {

    private final String questionKey;

    @JsonCreator
    public SecurityQuestionCredentialData(@JsonProperty("questionKey") String questionKey) {
        this.questionKey = questionKey;
    }

    @JsonProperty("questionKey")
    public String getQuestionKey() {
        return questionKey;
    }
}
