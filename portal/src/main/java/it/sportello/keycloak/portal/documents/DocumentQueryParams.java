package it.sportello.keycloak.portal.documents;

import it.sportello.keycloak.crm.DocumentQuery;
import it.sportello.keycloak.crm.DocumentScope;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The query of {@code GET /documents}: {@code scope} ({@code customer}, {@code general} or {@code all}, the default),
 * {@code page} from 0 and {@code size} from 1 to {@link DocumentQuery#MAX_PAGE_SIZE}.
 */
record DocumentQueryParams(int page, int size, DocumentQuery query) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;

    /** Parses the raw parameters; a problem listing every wrong one otherwise. */
    static DocumentQueryParams parse(String scope, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        DocumentScope documentScope = scope(scope, errors);
        int pageNumber = integer("page", page, 0, 0, MAX_PAGE, PortalMessages.ERROR_PAGE, errors);
        int pageSize =
                integer("size", size, DEFAULT_SIZE, 1, DocumentQuery.MAX_PAGE_SIZE, PortalMessages.ERROR_SIZE, errors);
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors).exception();
        }
        return new DocumentQueryParams(
                pageNumber, pageSize, new DocumentQuery(documentScope, pageNumber * pageSize, pageSize));
    }

    private static DocumentScope scope(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DocumentScope.ALL;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(DocumentScope.values())
                .filter(s -> s.name().equals(wanted))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(FieldError.of("scope", PortalMessages.ERROR_DOCUMENT_SCOPE));
                    return DocumentScope.ALL;
                });
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
