package it.sportello.keycloak.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * JSON and problem bodies. Bodies are serialized here, to strings, so dates and numbers look the same whatever JSON
 * provider the server has configured.
 */
public final class PortalResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Keycloak's mapper with every field written, null ones too (the contract lists them), and decimals as written
     * ({@code 1000}, never {@code 1E+3}). Configured once here and never changed.
     */
    private static final ObjectMapper MAPPER = JsonSerialization.mapper
            .copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PortalResponses() {}

    public static Response.ResponseBuilder json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(write(body));
    }

    public static Response.ResponseBuilder problem(Problem problem, PortalLocalizer localizer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", localizer.text(problem.titleKey()));
        body.put("status", problem.status());
        body.put("detail", localizer.text(problem.detailKey()));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : problem.errors()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", error.field());
            item.put("message", localizer.text(error.messageKey(), error.parameters()));
            errors.add(item);
        }
        body.put("errors", errors);
        return Response.status(problem.status())
                .type(MediaType.valueOf(PROBLEM_JSON + ";charset=UTF-8"))
                .entity(write(body));
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
