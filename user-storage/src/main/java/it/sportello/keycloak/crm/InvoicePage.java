package it.sportello.keycloak.crm;

import java.util.List;

/**
 * One page of a supply point's invoices and how many the query matches in all.
 *
 * @param items the page, newest first
 * @param total invoices matching the query on every page
 */
public record InvoicePage(List<InvoiceRecord> items, long total) {

    public InvoicePage {
        items = List.copyOf(items);
    }
}
