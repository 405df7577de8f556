package it.sportello.keycloak.portal;

import java.util.Arrays;
import java.util.List;

/** An error about one input field: a message key and its parameters, localized when the problem is rendered. */
public record FieldError(String field, String messageKey, List<Object> parameters) {

    public FieldError {
        // Keycloak's validators may pass null parameters; an error message must still be rendered, never an NPE
        parameters = parameters.stream().map(p -> p == null ? "" : p).toList();
    }

    public static FieldError of(String field, String messageKey, Object... parameters) {
        return new FieldError(field, messageKey, Arrays.asList(parameters));
    }
}
