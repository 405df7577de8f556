package it.sportello.keycloak.portal;

import java.util.List;

/** An error about one input field: a message key and its parameters, localized when the problem is rendered. */
public record FieldError(String field, String messageKey, List<Object> parameters) {

    public FieldError {
        parameters = List.copyOf(parameters);
    }

    public static FieldError of(String field, String messageKey, Object... parameters) {
        return new FieldError(field, messageKey, List.of(parameters));
    }
}
