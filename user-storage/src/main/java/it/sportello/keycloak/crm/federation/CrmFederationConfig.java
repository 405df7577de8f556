package it.sportello.keycloak.crm.federation;

import org.keycloak.component.ComponentModel;

/** Typed, null-safe view of the CRM federation component's settings; the defaults live here only. */
final class CrmFederationConfig {

    static final String WRITE_BACK = "writeBack";
    static final String MAX_SEARCH_RESULTS = "maxSearchResults";

    static final boolean DEFAULT_WRITE_BACK = true;
    static final int DEFAULT_MAX_SEARCH_RESULTS = 100;

    private final ComponentModel model;

    CrmFederationConfig(ComponentModel model) {
        this.model = model;
    }

    /** Whether phone, fax and email edits are written back to the CRM (otherwise they stay in Keycloak only). */
    boolean writeBack() {
        String value = model.get(WRITE_BACK);
        return value == null || value.isBlank() ? DEFAULT_WRITE_BACK : Boolean.parseBoolean(value);
    }

    /** Upper bound of one page of admin-console search results read from the CRM. */
    int maxSearchResults() {
        return parsePositive(model.get(MAX_SEARCH_RESULTS), DEFAULT_MAX_SEARCH_RESULTS);
    }

    static int parsePositive(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
