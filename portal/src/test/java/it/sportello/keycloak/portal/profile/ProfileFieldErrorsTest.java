package it.sportello.keycloak.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.portal.FieldError;
import org.junit.jupiter.api.Test;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/**
 * The user profile's refusals of a contact change as field errors. A validator may hand a null message parameter
 * (a phone with markup in it did, through the realm's pattern validator): that is still a 400 with the field's
 * message, not a NullPointerException answered as 503.
 */
class ProfileFieldErrorsTest {

    @Test
    void nullMessageParameterBecomesAnEmptyOne() {
        ValidationException refused =
                new ValidationException(new ValidationError("pattern", "phone", "invalidPhone", "phone", null));

        assertThat(ProfileResource.fieldErrors(refused)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("phone");
            assertThat(error.messageKey()).isEqualTo("invalidPhone");
            assertThat(error.parameters()).containsExactly("phone", "phone", "");
        });
    }

    @Test
    void fieldErrorOfNullParametersKeepsThemAsEmptyText() {
        assertThat(FieldError.of("phone", "key", (Object) null).parameters()).containsExactly("");
    }
}
