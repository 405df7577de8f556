package it.sportello.keycloak.recovery;

import java.util.Arrays;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Whether the reset flow asks the security question after the emailed link, chosen per realm. */
enum ResetSecurityQuestionMode {
    /** Never asked: the emailed link alone lets the customer choose a new password. */
    OFF("off"),
    /** Asked of customers who set one up; the others go on with the link alone. */
    IF_CONFIGURED("if-configured"),
    /** Asked of everyone; an account without a question cannot be reset here. */
    REQUIRED("required");

    static final String CONFIG_KEY = "mode";
    static final ResetSecurityQuestionMode DEFAULT = IF_CONFIGURED;

    private final String configValue;

    ResetSecurityQuestionMode(String configValue) {
        this.configValue = configValue;
    }

    String configValue() {
        return configValue;
    }

    /** The configured mode; a missing or unknown value is the default, never {@link #OFF}. */
    static ResetSecurityQuestionMode of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String value = config.get(CONFIG_KEY);
        return Arrays.stream(values())
                .filter(mode -> mode.configValue.equals(value == null ? null : value.strip()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
