package it.sportello.keycloak.crm;

import java.util.Arrays;
import java.util.Optional;

/** Where the prequalification gate reads whether an account is a supplier and whether it is prequalified. */
public enum PrequalificationSource {
    /** The CRM record of the customer, asked at the time of the request. */
    CRM("crm"),
    /** User attributes (named in the settings), for operators who keep the flag in Keycloak. */
    ATTRIBUTE("attribute");

    private final String configValue;

    PrequalificationSource(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static Optional<PrequalificationSource> fromConfig(String value) {
        return Arrays.stream(values())
                .filter(source -> source.configValue.equals(value == null ? null : value.strip()))
                .findFirst();
    }
}
