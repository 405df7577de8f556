package it.sportello.keycloak.taxid;

import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidationResult;
import org.keycloak.validate.ValidatorConfig;
import org.keycloak.validate.validators.ValidatorConfigValidator;

/** Typed, null-safe view of the {@code sportello-tax-id} validator's options; the defaults live here only. */
final class TaxIdValidatorConfig {

    static final String KINDS = "kinds";

    static final AcceptedTaxIdKinds DEFAULT_KINDS = AcceptedTaxIdKinds.BOTH;

    private final ValidatorConfig config;

    TaxIdValidatorConfig(ValidatorConfig config) {
        this.config = config == null ? ValidatorConfig.EMPTY : config;
    }

    /**
     * The accepted kinds; an unknown value (which {@link #validate(String)} keeps out of saved configurations) falls
     * back to the default, which still checks every ID fully.
     */
    AcceptedTaxIdKinds kinds() {
        return AcceptedTaxIdKinds.fromConfigValue(config.getString(KINDS)).orElse(DEFAULT_KINDS);
    }

    /** Rejects a {@code kinds} value other than both, person or company; absent or blank means the default. */
    ValidationResult validate(String validatorId) {
        Object value = config.get(KINDS);
        if (value == null || isBlankOrKnown(value)) {
            return ValidationResult.OK;
        }
        return ValidationResult.of(
                new ValidationError(validatorId, KINDS, ValidatorConfigValidator.MESSAGE_CONFIG_INVALID_VALUE, value));
    }

    private static boolean isBlankOrKnown(Object value) {
        return value instanceof String text
                && (text.isBlank() || AcceptedTaxIdKinds.fromConfigValue(text).isPresent());
    }
}
