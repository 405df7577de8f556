package it.sportello.keycloak.portal.documents;

import it.sportello.keycloak.crm.DocumentRecord;
import java.time.LocalDate;

/**
 * Schema {@code Document}: one document of a page. {@code kind} is {@code CUSTOMER} for the caller's own,
 * {@code GENERAL} for one every customer reads; {@code downloaded} false is the console's "new" marker.
 */
public record DocumentJson(
        long id,
        String kind,
        String category,
        String title,
        LocalDate date,
        String language,
        String fileName,
        boolean downloaded) {

    static DocumentJson of(DocumentRecord document) {
        return new DocumentJson(
                document.id(),
                document.general() ? "GENERAL" : "CUSTOMER",
                document.category().name(),
                document.title(),
                document.date(),
                document.language(),
                DocumentDownload.fileName(document.fileName()),
                document.downloaded());
    }
}
