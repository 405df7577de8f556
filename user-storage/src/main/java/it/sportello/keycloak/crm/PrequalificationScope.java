package it.sportello.keycloak.crm;

import java.util.Arrays;
import java.util.Optional;

/** Which accounts the prequalification gate of the reset page applies to. */
public enum PrequalificationScope {
    /** Suppliers that have not completed prequalification get no reset link; everyone else does. */
    SUPPLIERS("suppliers"),
    /** Every CRM customer (an account with a customer code) must be flagged prequalified to get a reset link. */
    ALL_CRM_CUSTOMERS("all-crm-customers"),
    /** No gate. */
    NONE("none");

    private final String configValue;

    PrequalificationScope(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static Optional<PrequalificationScope> fromConfig(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.configValue.equals(value == null ? null : value.strip()))
                .findFirst();
    }
}
