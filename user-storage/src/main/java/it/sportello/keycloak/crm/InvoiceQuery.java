package it.sportello.keycloak.crm;

import java.time.LocalDate;

/**
 * A page of invoices, optionally restricted to an issue-date range (both ends inclusive, null for open).
 *
 * @param first offset of the first result, at least 0
 * @param max page size, between 1 and {@link #MAX_PAGE_SIZE}
 */
public record InvoiceQuery(LocalDate from, LocalDate to, int first, int max) {

    public static final int MAX_PAGE_SIZE = 100;

    public InvoiceQuery {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static InvoiceQuery page(int first, int max) {
        return new InvoiceQuery(null, null, first, max);
    }
}
