package it.sportello.keycloak.broker;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed, null-safe view of the broker link step's settings; defaults live here only. */
final class BrokerLinkConfig {

    static final String TAX_ID_ATTRIBUTE = "taxIdAttribute";
    static final String TAX_ID_PREFIX = "taxIdPrefix";
    /** SPID's and CIE's attribute name. */
    static final String DEFAULT_TAX_ID_ATTRIBUTE = "fiscalNumber";
    /** SPID and CIE prefix the codice fiscale with the ISO country code: {@code TINIT-RSSMRA85T10A562S}. */
    static final String DEFAULT_TAX_ID_PREFIX = "TINIT-";
    /** Longer names or prefixes are typos: the default holds then. */
    static final int MAX_LENGTH = 128;

    private final Map<String, String> config;

    BrokerLinkConfig(AuthenticatorConfigModel model) {
        this(model == null ? null : model.getConfig());
    }

    BrokerLinkConfig(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    /** The brokered user attribute (set by a mapper) or raw claim / assertion attribute holding the tax ID. */
    String taxIdAttribute() {
        String value = config.get(TAX_ID_ATTRIBUTE);
        return value == null || value.isBlank() || value.length() > MAX_LENGTH
                ? DEFAULT_TAX_ID_ATTRIBUTE
                : value.strip();
    }

    /** Stripped from the value, ignoring case; an empty setting keeps the default, "none" strips nothing. */
    String taxIdPrefix() {
        String value = config.get(TAX_ID_PREFIX);
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return DEFAULT_TAX_ID_PREFIX;
        }
        return "none".equalsIgnoreCase(value.strip()) ? "" : value.strip();
    }
}
