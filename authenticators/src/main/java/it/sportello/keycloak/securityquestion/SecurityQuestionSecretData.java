package it.sportello.keycloak.securityquestion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The secret data of a security question: the normalized answer as Keycloak's password hash provider encoded it, with
 * everything needed to verify it again (algorithm id, iterations, the algorithm's own parameters such as Argon2's
 * memory, salt). Keycloak never returns secret data from its REST APIs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class SecurityQuestionSecretData {

    private final String algorithm;
    private final int hashIterations;
    private final Map<String, List<String>> algorithmData;
    private final String value;
    private final byte[] salt;

    @JsonCreator
    public SecurityQuestionSecretData(
            @JsonProperty("algorithm") String algorithm,
            @JsonProperty("hashIterations") int hashIterations,
            @JsonProperty("algorithmData") Map<String, List<String>> algorithmData,
            @JsonProperty("value") String value,
            @JsonProperty("salt") byte[] salt) {
        this.algorithm = algorithm;
        this.hashIterations = hashIterations;
        this.algorithmData = algorithmData == null ? Map.of() : Map.copyOf(algorithmData);
        this.value = value;
        this.salt = salt == null ? null : salt.clone();
    }

    @JsonProperty("algorithm")
    public String getAlgorithm() {
        return algorithm;
    }

    @JsonProperty("hashIterations")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public int getHashIterations() {
        return hashIterations;
    }

    @JsonProperty("algorithmData")
    public Map<String, List<String>> getAlgorithmData() {
        return algorithmData;
    }

    @JsonProperty("value")
    public String getValue() {
        return value;
    }

    @JsonProperty("salt")
    public byte[] getSalt() {
        return salt == null ? null : salt.clone();
    }
}
