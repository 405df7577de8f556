package it.sportello.keycloak.claim;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed view of the verify step's settings; defaults live here only. */
final class ClaimVerifyConfig {

    static final String ASK_NAME = "askName";
    static final String ASK_PHONE = "askPhone";
    static final String MIN_RESPONSE_MILLIS = "minResponseMillis";

    static final int DEFAULT_MIN_RESPONSE_MILLIS = 150;
    static final int MAX_MIN_RESPONSE_MILLIS = 2_000;

    private final Map<String, String> config;

    ClaimVerifyConfig(AuthenticatorConfigModel model) {
        this.config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    /** Whether the last name or company name as on the invoice is asked and must match too. */
    boolean askName() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_NAME, "false"));
    }

    /**
     * Every verify answer, match or not, takes at least this long: the CRM lookup of an existing code costs a little
     * more than of an unknown one, and the floor keeps that difference from showing.
     */
    int minResponseMillis() {
        try {
            int value = Integer.parseInt(
                    config.getOrDefault(MIN_RESPONSE_MILLIS, Integer.toString(DEFAULT_MIN_RESPONSE_MILLIS))
                            .trim());
            return Math.max(0, Math.min(value, MAX_MIN_RESPONSE_MILLIS));
        } catch (NumberFormatException e) {
            return DEFAULT_MIN_RESPONSE_MILLIS;
        }
    }

    /** Whether an optional phone number is asked (stored on the account as a contact). */
    boolean askPhone() {
        return Boolean.parseBoolean(config.getOrDefault(ASK_PHONE, "false"));
    }
}
