package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers read from request bodies: what no decimal can hold is a field error, never an exception. */
class JsonBodiesTest {

    @Test
    void numberBeyondADoubleIsAFieldErrorNotAnException() {
        List<FieldError> errors = new ArrayList<>();

        BigDecimal value = JsonBodies.number(JsonBodies.object("{\"meterValue\": 1e309}"), "meterValue", errors);

        assertThat(value).isNull();
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.messageKey())
                .isEqualTo(PortalMessages.ERROR_NOT_A_NUMBER));
    }

    @Test
    void largeAndTextualNumbersAreRead() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(JsonBodies.number(JsonBodies.object("{\"v\": 1e300}"), "v", errors))
                .isEqualByComparingTo("1e300");
        assertThat(JsonBodies.number(JsonBodies.object("{\"v\": \" 12.5 \"}"), "v", errors))
                .isEqualByComparingTo("12.5");
        assertThat(errors).isEmpty();
    }
}
