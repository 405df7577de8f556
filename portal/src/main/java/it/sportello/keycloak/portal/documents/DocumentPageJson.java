package it.sportello.keycloak.portal.documents;

import java.util.List;

/** Schema {@code DocumentPage}: one page of the caller's documents and how many there are in all. */
public record DocumentPageJson(List<DocumentJson> items, int page, int size, long total) {

    public DocumentPageJson {
        items = List.copyOf(items);
    }
}
