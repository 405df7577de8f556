package it.sportello.keycloak.portal.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReadingSubmissionTest {

    @Test
    void correctorIsRequiredExactlyWhenTheMeterHasOne() {
        assertThat(parse("{\"meterValue\": 1234.5, \"correctorValue\": 1200}", true)
                        .correctorValue())
                .isEqualByComparingTo("1200");
        assertThat(errorOf("{\"meterValue\": 1234.5}", true))
                .isEqualTo(FieldError.of(ReadingSubmission.CORRECTOR_VALUE, PortalMessages.ERROR_CORRECTOR_REQUIRED));
        assertThat(errorOf("{\"meterValue\": 1234.5, \"correctorValue\": 1}", false))
                .isEqualTo(
                        FieldError.of(ReadingSubmission.CORRECTOR_VALUE, PortalMessages.ERROR_CORRECTOR_NOT_EXPECTED));
    }

    @Test
    void valuesMustBeNonNegativeNumbersWithAtMostThreeDecimals() {
        assertThat(parse("{\"meterValue\": \"00012.500\"}", false).meterValue()).isEqualByComparingTo("12.5");
        assertThat(errorOf("{\"meterValue\": -1}", false).messageKey()).isEqualTo(PortalMessages.ERROR_NEGATIVE);
        assertThat(errorOf("{\"meterValue\": 1.2345}", false).messageKey())
                .isEqualTo(PortalMessages.ERROR_TOO_MANY_DECIMALS);
        assertThat(errorOf("{\"meterValue\": 1234567890123}", false).messageKey())
                .isEqualTo(PortalMessages.ERROR_TOO_LARGE);
        assertThat(errorOf("{}", false).messageKey()).isEqualTo(PortalMessages.ERROR_REQUIRED);
        assertThat(errorOf("{\"meterValue\": \"many\"}", false).messageKey())
                .isEqualTo(PortalMessages.ERROR_NOT_A_NUMBER);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThatThrownBy(() -> parse("{\"meterValue\": ", false))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThatThrownBy(() -> parse("[1]", false)).isInstanceOf(ProblemException.class);
    }

    @Test
    void plausibleWhenNotLowerAndNotTooMuchHigherThanTheLastReading() {
        BigDecimal max = new BigDecimal("1000");
        assertThat(ReadingPlausibility.check("meterValue", null, BigDecimal.TEN, max))
                .isEmpty();
        assertThat(ReadingPlausibility.check("meterValue", BigDecimal.TEN, BigDecimal.TEN, max))
                .isEmpty();
        assertThat(ReadingPlausibility.check("meterValue", BigDecimal.TEN, new BigDecimal("1010"), max))
                .isEmpty();
        assertThat(ReadingPlausibility.check("meterValue", BigDecimal.TEN, new BigDecimal("9.999"), max))
                .get()
                .extracting(FieldError::messageKey)
                .isEqualTo(PortalMessages.ERROR_LOWER_THAN_LAST);
        assertThat(ReadingPlausibility.check("meterValue", BigDecimal.TEN, new BigDecimal("1010.001"), max))
                .get()
                .extracting(FieldError::messageKey)
                .isEqualTo(PortalMessages.ERROR_INCREASE_TOO_HIGH);
    }

    private static ReadingSubmission parse(String json, boolean hasCorrector) {
        return ReadingSubmission.parse(JsonBodies.object(json), hasCorrector);
    }

    private static FieldError errorOf(String json, boolean hasCorrector) {
        try {
            parse(json, hasCorrector);
        } catch (ProblemException e) {
            return e.problem().errors().get(0);
        }
        throw new AssertionError("accepted " + json);
    }
}
