package it.sportello.keycloak.crm;

import java.util.List;

/**
 * One page of a customer's documents and how many the query matches in all.
 *
 * @param items the page, newest first
 * @param total documents matching the query on every page
 */
public record DocumentPage(List<DocumentRecord> items, long total) {

    public DocumentPage {
        items = List.copyOf(items);
    }
}
