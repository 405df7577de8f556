package it.sportello.keycloak.crm;

import java.time.LocalDate;

/**
 * A document of the CRM as one customer sees it.
 *
 * @param general true for a general document (forms, regulations, notices, tariffs) every customer may read, false
 *     for one of the customer's own
 * @param language the document's language as an IETF tag ({@code it}, {@code en}, ...)
 * @param fileName the name the download is saved under
 * @param contentType the media type the CRM gives
 * @param location the file under the portal's document directory, or null when the CRM database holds the content
 * @param downloaded whether this customer has downloaded it before (the console's "new" marker is its negation)
 */
public record DocumentRecord(
        long id,
        DocumentCategory category,
        boolean general,
        String title,
        LocalDate date,
        String language,
        String fileName,
        String contentType,
        String location,
        boolean downloaded) {}
