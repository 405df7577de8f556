package it.sportello.keycloak.portal.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.sportello.keycloak.crm.IntervalResolution;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteringQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void withoutParametersTheThirtyDaysUpToYesterdayByDay() {
        MeteringQuery query = MeteringQuery.parse(null, " ", null, TODAY, false);

        assertThat(query)
                .isEqualTo(new MeteringQuery(
                        LocalDate.of(2026, 11, 7), LocalDate.of(2026, 12, 6), IntervalResolution.DAY));
    }

    @Test
    void serverChoosesRawUpToAWeekAndDaysBeyondAndRawMayBeAskedForAMonth() {
        assertThat(MeteringQuery.parse("2026-01-01", "2026-01-07", "auto", TODAY, false)
                        .resolution())
                .isEqualTo(IntervalResolution.RAW);
        assertThat(MeteringQuery.parse("2026-01-01", "2026-01-08", null, TODAY, false)
                        .resolution())
                .isEqualTo(IntervalResolution.DAY);
        assertThat(MeteringQuery.parse("2026-01-01", "2026-01-31", "raw", TODAY, false)
                        .resolution())
                .isEqualTo(IntervalResolution.RAW);
        assertThat(MeteringQuery.parse("2025-01-01", "2025-12-31", "WEEK", TODAY, false)
                        .resolution())
                .isEqualTo(IntervalResolution.WEEK);
    }

    @Test
    void threeHundredSixtySixDaysPassAndOneMoreIsRefused() {
        assertThat(MeteringQuery.parse("2024-01-01", "2024-12-31", null, TODAY, false)
                        .resolution())
                .isEqualTo(IntervalResolution.DAY);

        assertThat(errors("2024-01-01", "2025-01-01", null, false))
                .containsExactly(FieldError.of("to", PortalMessages.ERROR_RANGE_TOO_LONG, "366"));
    }

    @Test
    void rawBeyondAMonthOnlyForAFile() {
        assertThat(errors("2026-01-01", "2026-02-01", "raw", false))
                .containsExactly(FieldError.of("resolution", PortalMessages.ERROR_RAW_TOO_LONG, "31"));
        assertThat(MeteringQuery.parse("2025-12-07", "2026-12-06", "raw", TODAY, true)
                        .resolution())
                .isEqualTo(IntervalResolution.RAW);
    }

    @Test
    void badDatesAndResolutionAreListedTogetherAndBackwardsRangeRefused() {
        assertThat(errors("2026-02-30", "yesterday", "hourly", false))
                .extracting(FieldError::field)
                .containsExactly("from", "to", "resolution");
        assertThat(errors("2026-03-01", "2026-02-01", null, false))
                .containsExactly(FieldError.of("from", PortalMessages.ERROR_DATE_RANGE));
    }

    private static List<FieldError> errors(String from, String to, String resolution, boolean file) {
        ProblemException e = catchThrowableOfType(
                ProblemException.class, () -> MeteringQuery.parse(from, to, resolution, TODAY, file));
        assertThat(e.problem().status()).isEqualTo(400);
        return e.problem().errors();
    }
}
