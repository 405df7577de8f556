package it.sportello.keycloak.portal.documents;

import java.util.Locale;
import java.util.Set;

/**
 * How a document leaves the portal: under a plain file name, and with a media type from a short list. Anything else
 * the CRM names (HTML, SVG, scripts) goes out as {@code application/octet-stream}, so a document can never run as a
 * page of the Keycloak origin.
 */
final class DocumentDownload {

    static final String OCTET_STREAM = "application/octet-stream";
    private static final Set<String> SERVED_AS_IS = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private DocumentDownload() {}

    /** The stored media type if it is one of the harmless ones (parameters dropped), else octet-stream. */
    static String contentType(String stored) {
        if (stored == null) {
            return OCTET_STREAM;
        }
        String type = stored.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return SERVED_AS_IS.contains(type) ? type : OCTET_STREAM;
    }

    /** The file name with anything but letters, digits, dot, dash and underscore replaced; never empty. */
    static String fileName(String stored) {
        String name = stored == null ? "" : stored.trim().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "document" : name;
    }
}
