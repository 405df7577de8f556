package it.sportello.keycloak.portal;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Path parameters no CRM row can match: an id with a NUL character. PostgreSQL refuses NUL in a query parameter, so
 * looking such an id up fails instead of finding nothing; the endpoints answer it the 404 of any unknown id first.
 */
public final class PathParameters {

    private PathParameters() {}

    public static boolean unmatchable(MultivaluedMap<String, String> parameters) {
        return parameters.values().stream().flatMap(List::stream).anyMatch(value -> value.indexOf('\0') >= 0);
    }
}
