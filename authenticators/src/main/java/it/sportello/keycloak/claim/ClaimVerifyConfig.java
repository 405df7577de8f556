package it.sportello.keycloak.claim;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed view of the verify step's settings; defaults live here only. */
final class ClaimVerifyConfig {

    static final String ASK_NAME = "askName";
    static final String ASK_PHONE = "askPhone";

    private final Map<String, String> config;

    ClaimVerifyConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    /** Whether the last name or company name as on the invoice is asked and must match too. */
    boolean askName() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_NAME, "false"));
    }

    /** Whether an optional phone number is asked (stored on the account as a contact). */
    boolean askPhone() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_PHONE, "false"));
    }
}
