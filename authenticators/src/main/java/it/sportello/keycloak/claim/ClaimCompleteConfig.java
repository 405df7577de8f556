package it.sportello.keycloak.claim;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed view of the completion step's settings; defaults live here only. */
final class ClaimCompleteConfig {

    static final String SECURITY_QUESTION = "securityQuestion";
    static final boolean DEFAULT_SECURITY_QUESTION = true;

    private final AuthenticatorConfigModel model;
    private final Map<String, String> config;

    ClaimCompleteConfig(AuthenticatorConfigModel model) {
        this.model = model;
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    ClaimCompletion completion() {
        return ClaimCompletion.of(model);
    }

    /**
     * Whether a self-service claim also sets the security question (question and answer twice) on the same page.
     * Activation by email leaves it to the customer's account console.
     */
    boolean asksSecurityQuestion() {
        return completion() == ClaimCompletion.SELF_SERVICE
                && Boolean.parseBoolean(
                        config.getOrDefault(SECURITY_QUESTION, Boolean.toString(DEFAULT_SECURITY_QUESTION)));
    }
}
