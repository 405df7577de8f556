package it.sportello.it.badinput;

import java.util.regex.Pattern;

/**
 * Answers of Keycloak itself, given before the request reaches a portal resource, that the matrix accepts and counts
 * apart. Each is a refusal of the request by the server (a 4xx in Keycloak's own JSON), except the two 500s listed
 * last, which are Keycloak's and Quarkus's and which Sportello cannot answer in its place: they are reported as
 * known, not hidden. Anything else that is not a portal problem fails the case.
 */
final class KnownServerAnswers {

    /** Keycloak's check for paths with encoded dots, slashes or empty segments (path traversal). */
    private static final String PATH_NOT_NORMALIZED = "\"error\":\"missingNormalization\"";
    /** Keycloak's filter of query parameters with control characters. */
    private static final String BLOCKED_QUERY = "Blocking invalid query parameter value";
    /** JAX-RS routing: an empty path segment matches no operation. */
    private static final String NO_ROUTE = "{\"error\":\"HTTP 404 Not Found\"}";
    /** JAX-RS routing: an empty path segment leads to a path with other methods only. */
    private static final String NO_METHOD = "{\"error\":\"HTTP 405 Method Not Allowed\"}";
    /** The server's body size limit. */
    private static final String TOO_LARGE = "HTTP 413 Request Entity Too Large";
    /** The admin API's realm lookup, before the Sportello admin resource. */
    private static final String NO_REALM = "{\"error\":\"Realm not found.\"}";
    /** Keycloak's generic 500, with no detail in the body. */
    private static final String UNKNOWN_ERROR = "\"error\":\"unknown_error\"";

    private static final Pattern ADMIN = Pattern.compile("(GET|POST) /admin/realms/\\{realm}/.*");

    private KnownServerAnswers() {}

    /** Why the answer is the server's own, or null when the portal answered it. */
    static String reason(ApiCase c, int status, String body) {
        if (status == 400 && (body.contains(PATH_NOT_NORMALIZED) || body.contains(BLOCKED_QUERY))) {
            return "server layer";
        }
        if (status == 404 && (body.equals(NO_ROUTE) || body.equals(NO_REALM))) {
            return "server layer";
        }
        if (status == 405 && body.equals(NO_METHOD) && c.value().name().equals("empty")) {
            return "server layer";
        }
        if (status == 413 && body.contains(TOO_LARGE)) {
            return "server layer";
        }
        if (status == 500 && body.contains(UNKNOWN_ERROR)) {
            // Quarkus parses a multipart body before any resource: a cut-off one fails there ("Connection terminated
            // parsing multipart request")
            if (c.contentType() != null
                    && c.contentType().startsWith("multipart/")
                    && c.where().equals("body")
                    && (c.value().name().equals("truncated") || c.value().name().equals("empty"))) {
                return "known Keycloak fault (multipart cut off)";
            }
            // Keycloak looks the realm of an admin path up with a NUL character, which PostgreSQL refuses
            if (ADMIN.matcher(c.operation()).matches()
                    && c.where().equals("path realm")
                    && c.value().name().equals("nul")) {
                return "known Keycloak fault (NUL in the realm's name)";
            }
        }
        return null;
    }
}
