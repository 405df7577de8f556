package it.sportello.keycloak.taxid;

import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * Common part of the tax-ID user-profile validators. Like Keycloak's own validators, each is a stateless
 * {@link org.keycloak.validate.SimpleValidator}, factory and validator in one; the parsing rules live in {@link TaxId}.
 * Empty values are skipped when {@code ignore.empty.value} is set, which the user profile always does: whether the
 * attribute is required is a separate setting.
 */
abstract class TaxIdValidatorSupport extends AbstractStringValidator implements ConfiguredProvider {

    /** The kinds this validator accepts under the given configuration (which may be null). */
    abstract AcceptedTaxIdKinds acceptedKinds(ValidatorConfig config);

    @Override
    protected void doValidate(Object value, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (value instanceof String text) {
            doValidate(text, inputHint, context, config);
        } else {
            // Keycloak's base class would pass the value as a message parameter; a tax ID must not travel in errors.
            context.addError(new ValidationError(getId(), inputHint, ValidationError.MESSAGE_INVALID_VALUE));
        }
    }

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        // No message parameters beyond the attribute name: errors are logged and returned, the value is personal data.
        acceptedKinds(config)
                .rejection(TaxId.parse(value))
                .ifPresent(message -> context.addError(new ValidationError(getId(), inputHint, message)));
    }
}
