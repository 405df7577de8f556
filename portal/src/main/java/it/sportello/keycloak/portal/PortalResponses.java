package it.sportello.keycloak.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.keycloak.util.JsonSerialization;

/**
 * JSON and problem bodies: the records named after the schemas of {@code portal-openapi.yaml} ({@code ...Json}),
 * serialized here, to strings, so dates and numbers look the same whatever JSON provider the server has configured.
 */
public final class PortalResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Keycloak's mapper (with its java.time module) with every field written, null ones too (the contract lists
     * them), decimals as written ({@code 1000}, never {@code 1E+3}) and dates as ISO-8601 text ({@code 2025-01-31},
     * {@code 2025-01-31T09:30:00Z}). Configured once here and never changed.
     */
    private static final ObjectMapper MAPPER = JsonSerialization.mapper
            .copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PortalResponses() {}

    /** A JSON answer; {@code body} is one of the portal's {@code ...Json} records or a list of them. */
    public static Response.ResponseBuilder json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(write(body));
    }

    public static Response.ResponseBuilder problem(Problem problem, PortalLocalizer localizer) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(PROBLEM_JSON + ";charset=UTF-8"))
                .entity(write(ProblemJson.of(problem, localizer)));
    }

    /** The body as the portal writes it: also what the contract tests compare. */
    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
