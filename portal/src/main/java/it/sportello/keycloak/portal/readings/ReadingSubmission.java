package it.sportello.keycloak.portal.readings;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /supply-points/{id}/readings}: the meter value and, if and only if the meter has a
 * corrector, the corrector value; both non-negative, at most 3 decimals and 12 integer digits (the columns are
 * {@code decimal(15,3)}).
 */
public record ReadingSubmission(BigDecimal meterValue, BigDecimal correctorValue) {

    static final String METER_VALUE = "meterValue";
    static final String CORRECTOR_VALUE = "correctorValue";
    static final int MAX_SCALE = 3;
    static final int MAX_INTEGER_DIGITS = 12;

    public static ReadingSubmission parse(JsonNode json, boolean hasCorrector) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal meter = JsonBodies.number(json, METER_VALUE, errors);
        BigDecimal corrector = JsonBodies.number(json, CORRECTOR_VALUE, errors);
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors).exception();
        }
        if (meter == null) {
            errors.add(FieldError.of(METER_VALUE, PortalMessages.ERROR_REQUIRED));
        } else {
            checkValue(METER_VALUE, meter, errors);
        }
        if (hasCorrector && corrector == null) {
            errors.add(FieldError.of(CORRECTOR_VALUE, PortalMessages.ERROR_CORRECTOR_REQUIRED));
        } else if (!hasCorrector && corrector != null) {
            errors.add(FieldError.of(CORRECTOR_VALUE, PortalMessages.ERROR_CORRECTOR_NOT_EXPECTED));
        } else if (corrector != null) {
            checkValue(CORRECTOR_VALUE, corrector, errors);
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).exception();
        }
        return new ReadingSubmission(plain(meter), corrector == null ? null : plain(corrector));
    }

    /** Without trailing zeros and never in exponent form: 1000, 12.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void checkValue(String field, BigDecimal value, List<FieldError> errors) {
        if (value.signum() < 0) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_NEGATIVE));
        } else if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_TOO_MANY_DECIMALS, String.valueOf(MAX_SCALE)));
        } else if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_TOO_LARGE));
        }
    }
}
