package it.sportello.keycloak.claim;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/**
 * How a confirmed customer finishes claiming, chosen per realm: choose email and password now (the email is verified
 * by a link before the account is usable), or give an email and set the password from an activation link.
 */
enum ClaimCompletion {
    SELF_SERVICE("self-service"),
    ACTIVATION_EMAIL("activation-email");

    static final String CONFIG_KEY = "completion";

    private final String configValue;

    ClaimCompletion(String configValue) {
        this.configValue = configValue;
    }

    String configValue() {
        return configValue;
    }

    static ClaimCompletion of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String value = config.getOrDefault(CONFIG_KEY, SELF_SERVICE.configValue);
        return ACTIVATION_EMAIL.configValue.equals(value) ? ACTIVATION_EMAIL : SELF_SERVICE;
    }
}
