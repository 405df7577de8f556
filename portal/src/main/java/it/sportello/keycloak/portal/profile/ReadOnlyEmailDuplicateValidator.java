package it.sportello.keycloak.portal.profile;

import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.Attributes;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.validator.DuplicateEmailValidator;
import org.keycloak.validate.SimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidatorConfig;

/**
 * Keycloak's duplicate-email check of the user profile ({@value DuplicateEmailValidator#ID}), replaced (same id,
 * higher order) so that it says nothing where the email is read-only for the user: in the realm's user profile
 * customers may not edit their email (only administrators may), because a new address must be confirmed through the
 * portal's verified change. Keycloak still runs every validator on a changed read-only attribute, so without this the
 * account REST API ({@code POST /account}) would answer "email already exists" next to "read-only" for a taken
 * address and only "read-only" for a free one, and tell which addresses exist. The read-only refusal alone is the same
 * for both, and nothing is written. Everywhere the email is editable (administrators, registration) Keycloak's own
 * check runs unchanged.
 */
public final class ReadOnlyEmailDuplicateValidator implements SimpleValidator {

    /** Above Keycloak's built-in factory of the same id (order 0). */
    static final int ORDER = 100;

    private static final DuplicateEmailValidator KEYCLOAK = new DuplicateEmailValidator();

    @Override
    public String getId() {
        return DuplicateEmailValidator.ID;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public ValidationContext validate(
            Object input, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (isReadOnlyForTheUser(context, inputHint)) {
            // the read-only check refuses any change: looking the address up would only tell whether it is taken
            return context;
        }
        return KEYCLOAK.validate(input, inputHint, context, config);
    }

    private static boolean isReadOnlyForTheUser(ValidationContext context, String attribute) {
        if (!(context instanceof UserProfileAttributeValidationContext)) {
            return false;
        }
        AttributeContext attributeContext =
                UserProfileAttributeValidationContext.from(context).getAttributeContext();
        Attributes attributes = attributeContext.getAttributes();
        return attributeContext.getUser() != null && attributes != null && attributes.isReadOnly(attribute);
    }
}
