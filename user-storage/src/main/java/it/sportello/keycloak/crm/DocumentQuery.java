package it.sportello.keycloak.crm;

import java.util.Objects;

/**
 * A page of the documents a customer may read.
 *
 * @param first offset of the first result, at least 0
 * @param max page size, between 1 and {@link #MAX_PAGE_SIZE}
 */
public record DocumentQuery(DocumentScope scope, int first, int max) {

    public static final int MAX_PAGE_SIZE = 100;

    public DocumentQuery {
        Objects.requireNonNull(scope, "scope");
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
