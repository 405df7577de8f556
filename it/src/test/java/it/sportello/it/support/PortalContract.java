package it.sportello.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's OpenAPI document ({@code portal-openapi.yaml}, from the portal jar the server runs) as a check on every
 * answer a test receives: a status the operation does not list, another content type, a body that does not match its
 * schema (a missing, renamed or extra field, a wrong type, a value outside an enum) fails the test. Requests are not
 * checked: the tests send bad ones on purpose.
 */
public final class PortalContract {

    static final String DOCUMENT = "META-INF/sportello/portal-openapi.yaml";

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(document())
                    // the document's allOf (TicketDetails) is checked as one schema, so no field counts as unexpected
                    .withResolveCombinators(true)
                    .build();

    private final String basePath;

    /** @param baseUrl the URL the document's paths are relative to: {@code .../realms/<realm>/portal} */
    public PortalContract(String baseUrl) {
        this.basePath = URI.create(baseUrl).getPath();
    }

    /** Fails when the answer to this request is not what the document says; returns the answer. */
    public <T> HttpResponse<T> check(HttpResponse<T> response) {
        String method = response.request().method();
        if ("OPTIONS".equals(method)) {
            // a CORS preflight: answered by the server for every path, not an operation of the API
            return response;
        }
        String path = response.request().uri().getPath();
        ValidationReport report = VALIDATOR.validateResponse(
                relative(path), Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), simple(response));
        if (report.hasErrors()) {
            throw new AssertionError("Answer of " + method + " " + path + " (" + response.statusCode()
                    + ") breaks portal-openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }

    /** The path below the portal's base; the admin paths are in the document from the server's root. */
    private String relative(String path) {
        return path.startsWith(basePath + "/") ? path.substring(basePath.length()) : path;
    }

    private static SimpleResponse simple(HttpResponse<?> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        Object body = response.body();
        if (body instanceof String text && !text.isEmpty()) {
            builder.withBody(text);
        } else if (body instanceof byte[] bytes && bytes.length > 0) {
            builder.withBody(bytes);
        }
        return builder.build();
    }

    /** The text of the document, as the portal jar carries it. */
    public static String document() {
        try (InputStream yaml = PortalContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (yaml == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the test classpath");
            }
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
