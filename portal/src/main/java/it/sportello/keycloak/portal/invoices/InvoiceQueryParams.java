package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /supply-points/{id}/invoices}: {@code from} and {@code to} months (YYYY-MM, both inclusive,
 * on the issue date), {@code page} from 0 and {@code size} from 1 to {@link InvoiceQuery#MAX_PAGE_SIZE}.
 */
public record InvoiceQueryParams(int page, int size, InvoiceQuery query) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** Parses the raw parameters; a problem listing every wrong one otherwise. */
    public static InvoiceQueryParams parse(String from, String to, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth fromMonth = month("from", from, errors);
        YearMonth toMonth = month("to", to, errors);
        int pageNumber = integer("page", page, 0, 0, MAX_PAGE, PortalMessages.ERROR_PAGE, errors);
        int pageSize =
                integer("size", size, DEFAULT_SIZE, 1, InvoiceQuery.MAX_PAGE_SIZE, PortalMessages.ERROR_SIZE, errors);
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            errors.add(FieldError.of("from", PortalMessages.ERROR_RANGE));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors).exception();
        }
        LocalDate first = fromMonth == null ? null : fromMonth.atDay(1);
        LocalDate last = toMonth == null ? null : toMonth.atEndOfMonth();
        return new InvoiceQueryParams(
                pageNumber, pageSize, new InvoiceQuery(first, last, pageNumber * pageSize, pageSize));
    }

    private static YearMonth month(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (MONTH.matcher(trimmed).matches()) {
            try {
                return YearMonth.parse(trimmed);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(FieldError.of(field, PortalMessages.ERROR_MONTH));
        return null;
    }

    private static int integer(
            String field, String value, int fallback, int min, int max, String key, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, key, String.valueOf(min), String.valueOf(max)));
        return fallback;
    }
}
