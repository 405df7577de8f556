package it.sportello.keycloak.portal.invoices;

import java.util.List;

/** Schema {@code InvoicePage}: one page of a supply point's invoices and how many there are in all. */
public record InvoicePageJson(List<InvoiceJson> items, int page, int size, long total) {

    public InvoicePageJson {
        items = List.copyOf(items);
    }
}
