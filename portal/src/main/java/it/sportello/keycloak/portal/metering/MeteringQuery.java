package it.sportello.keycloak.portal.metering;

import it.sportello.keycloak.crm.IntervalResolution;
import it.sportello.keycloak.crm.Metering;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /supply-points/{id}/metering} and its exports: {@code from} and {@code to} days (YYYY-MM-DD,
 * both inclusive, at most {@link Metering#MAX_DAYS} apart; by default the 30 days up to yesterday) and the
 * {@code resolution}. {@code auto} (the default) answers the stored intervals up to {@link #AUTO_RAW_DAYS} days and the
 * sums per day beyond, so a chart never gets a year of quarter-hours; {@code raw} is allowed up to
 * {@link #RAW_MAX_DAYS} days, and for any range in a file.
 */
public record MeteringQuery(LocalDate from, LocalDate to, IntervalResolution resolution) {

    /** The longest range answered interval by interval when the server chooses (a week: 672 quarter-hours). */
    static final int AUTO_RAW_DAYS = 7;

    /** The longest range a JSON call may ask interval by interval (a month: 2,976 quarter-hours). */
    static final int RAW_MAX_DAYS = 31;

    static final int DEFAULT_DAYS = 30;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Parses the raw parameters, with {@code today} in the portal's time zone; a problem listing every wrong one
     * otherwise. {@code file} lifts the raw limit: an export streams its rows.
     */
    public static MeteringQuery parse(String from, String to, String resolution, LocalDate today, boolean file) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        String mode = resolution == null || resolution.isBlank()
                ? "auto"
                : resolution.trim().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "raw", "day", "week").contains(mode)) {
            errors.add(FieldError.of("resolution", PortalMessages.ERROR_RESOLUTION));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors).exception();
        }
        LocalDate last =
                toDay != null ? toDay : (fromDay != null ? fromDay.plusDays(DEFAULT_DAYS - 1) : today.minusDays(1));
        LocalDate first = fromDay != null ? fromDay : last.minusDays(DEFAULT_DAYS - 1);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1) {
            errors.add(FieldError.of("from", PortalMessages.ERROR_DATE_RANGE));
        } else if (days > Metering.MAX_DAYS) {
            errors.add(FieldError.of("to", PortalMessages.ERROR_RANGE_TOO_LONG, String.valueOf(Metering.MAX_DAYS)));
        } else if ("raw".equals(mode) && !file && days > RAW_MAX_DAYS) {
            errors.add(FieldError.of("resolution", PortalMessages.ERROR_RAW_TOO_LONG, String.valueOf(RAW_MAX_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors).exception();
        }
        return new MeteringQuery(first, last, resolution(mode, days));
    }

    private static IntervalResolution resolution(String mode, long days) {
        return switch (mode) {
            case "raw" -> IntervalResolution.RAW;
            case "day" -> IntervalResolution.DAY;
            case "week" -> IntervalResolution.WEEK;
            default -> days <= AUTO_RAW_DAYS ? IntervalResolution.RAW : IntervalResolution.DAY;
        };
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (DAY.matcher(trimmed).matches()) {
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(FieldError.of(field, PortalMessages.ERROR_DATE));
        return null;
    }
}
