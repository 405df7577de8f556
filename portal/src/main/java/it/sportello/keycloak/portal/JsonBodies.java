package it.sportello.keycloak.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.keycloak.util.JsonSerialization;

/**
 * Reads JSON request bodies by hand, so a malformed body or a wrong type becomes a 400 problem naming the field,
 * never the server's generic error.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** The body as a JSON object. */
    public static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest(List.of(FieldError.of("body", PortalMessages.ERROR_BODY)))
                    .exception();
        }
        try {
            JsonNode node = JsonSerialization.mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw Problem.badRequest(List.of(FieldError.of("body", PortalMessages.ERROR_BODY)))
                        .exception();
            }
            return node;
        } catch (IOException e) {
            throw Problem.badRequest(List.of(FieldError.of("body", PortalMessages.ERROR_BODY)))
                    .exception();
        }
    }

    /** An optional text field: null when absent or null; a problem when not a string. */
    public static String text(JsonNode object, String field, List<FieldError> errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_NOT_TEXT));
            return null;
        }
        return value.asText();
    }

    /** An optional number field: null when absent or null; numbers may also come as strings ("123.4"). */
    public static BigDecimal number(JsonNode object, String field, List<FieldError> errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            try {
                return value.decimalValue();
            } catch (NumberFormatException infinite) {
                // 1e309 reads as a double's infinity, which has no decimal value: reported below
            }
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.add(FieldError.of(field, PortalMessages.ERROR_NOT_A_NUMBER));
        return null;
    }
}
