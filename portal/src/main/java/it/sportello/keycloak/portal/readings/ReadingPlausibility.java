package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new value of a meter (or of its corrector) is believable after the previous reading: meters only count
 * up, and not by more than the configured maximum increase (a typo with an extra digit).
 */
public final class ReadingPlausibility {

    private ReadingPlausibility() {}

    /** The error about the field, if the value is not plausible; none without a previous value. */
    public static Optional<FieldError> check(
            String field, BigDecimal previous, BigDecimal value, BigDecimal maxIncrease) {
        if (previous == null || value == null) {
            return Optional.empty();
        }
        if (value.compareTo(previous) < 0) {
            return Optional.of(FieldError.of(field, PortalMessages.ERROR_LOWER_THAN_LAST, previous.toPlainString()));
        }
        if (value.subtract(previous).compareTo(maxIncrease) > 0) {
            return Optional.of(
                    FieldError.of(field, PortalMessages.ERROR_INCREASE_TOO_HIGH, maxIncrease.toPlainString()));
        }
        return Optional.empty();
    }

    /** Every error of a submission against the previous reading (meter value, then corrector value). */
    public static List<FieldError> check(
            ReadingSubmission submission,
            BigDecimal previousMeter,
            BigDecimal previousCorrector,
            BigDecimal maxIncrease) {
        return java.util.stream.Stream.of(
                        check(ReadingSubmission.METER_VALUE, previousMeter, submission.meterValue(), maxIncrease),
                        check(
                                ReadingSubmission.CORRECTOR_VALUE,
                                previousCorrector,
                                submission.correctorValue(),
                                maxIncrease))
                .flatMap(Optional::stream)
                .toList();
    }
}
