package it.sportello.it.badinput;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The API side of the bad-input matrix, derived from the OpenAPI document the portal jar carries (read when the test
 * runs, so an operation added to the document is covered without touching the test): for every operation, every path
 * and query parameter and every top-level property of its JSON or multipart body gets every {@link BadValue} while
 * the rest of the request is well-formed; then the body as a whole gets the malformed bodies of {@link BadBodies}.
 * Well-formed values come from {@code known} ({@code "/path#name"} or {@code "#name"}), else from the schema
 * (example, default, first enum value, minimum), else {@code 1}. The million-character value goes only into the
 * first property of a body.
 */
public final class OpenApiCases {

    private final OpenAPI api;
    private final Map<String, String> known;
    private final Consumer<String> log;

    public OpenApiCases(String document, Map<String, String> known, Consumer<String> log) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        this.api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        this.known = known;
        this.log = log;
    }

    /** Every case of every operation; {@code portalBase} for the document's paths, {@code serverRoot} for "/". */
    public List<ApiCase> cases(String portalBase, String serverRoot) {
        List<ApiCase> cases = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            PathItem item = path.getValue();
            boolean fromRoot =
                    item.getServers() != null && item.getServers().stream().anyMatch(s -> "/".equals(s.getUrl()));
            String base = fromRoot ? serverRoot : portalBase;
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    item.readOperationsMap().entrySet()) {
                List<Parameter> parameters = new ArrayList<>();
                if (item.getParameters() != null) {
                    parameters.addAll(item.getParameters());
                }
                if (op.getValue().getParameters() != null) {
                    parameters.addAll(op.getValue().getParameters());
                }
                Request request = new Request(
                        op.getKey().name(), path.getKey(), tag(op.getValue()), base, parameters, op.getValue());
                cases.addAll(request.cases());
            }
        }
        return cases;
    }

    private static String tag(Operation operation) {
        return operation.getTags() == null || operation.getTags().isEmpty()
                ? ""
                : operation.getTags().get(0);
    }

    /** The well-formed value of a parameter or property. */
    String valid(String path, String name, Schema<?> schema) {
        String value = known.get(path + "#" + name);
        for (Map.Entry<String, String> entry : known.entrySet()) {
            // "/supply-points/{id}*#id": every path below that prefix
            String key = entry.getKey();
            if (value == null && key.endsWith("*#" + name) && path.startsWith(key.substring(0, key.indexOf('*')))) {
                value = entry.getValue();
            }
        }
        if (value == null) {
            value = known.get("#" + name);
        }
        if (value != null) {
            return value;
        }
        if (schema == null) {
            return "1";
        }
        if (schema.getExample() != null) {
            return schema.getExample().toString();
        }
        if (schema.getDefault() != null) {
            return schema.getDefault().toString();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0).toString();
        }
        if (schema.getMinimum() != null) {
            return schema.getMinimum().toString();
        }
        return "boolean".equals(schema.getType()) ? "true" : "1";
    }

    /** One operation's requests. */
    private final class Request {
        private final String method;
        private final String path;
        private final String tag;
        private final String base;
        private final List<Parameter> parameters;
        private final Operation operation;

        Request(String method, String path, String tag, String base, List<Parameter> parameters, Operation op) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.base = base;
            this.parameters = parameters;
            this.operation = op;
        }

        List<ApiCase> cases() {
            List<ApiCase> cases = new ArrayList<>();
            String name = method + " " + path;
            BadBodies bodies = bodies();
            for (Parameter parameter : parameters) {
                if (!"path".equals(parameter.getIn()) && !"query".equals(parameter.getIn())) {
                    continue;
                }
                for (BadValue value : BadValue.ALL) {
                    if (value.huge()) {
                        continue;
                    }
                    String where = parameter.getIn() + " " + parameter.getName();
                    cases.add(new ApiCase(
                            name,
                            tag,
                            method,
                            where,
                            value,
                            url(parameter, value),
                            bodies == null ? null : bodies.contentType(),
                            bodies == null ? null : bodies.valid()));
                }
            }
            if (bodies != null) {
                cases.addAll(bodies.cases(name, tag, method, url(null, null)));
            } else if (operation.getRequestBody() != null) {
                log.accept("Bad-input matrix: " + name + " has a body of a media type the matrix cannot build ("
                        + operation.getRequestBody().getContent().keySet() + "); only its parameters are tested");
            }
            return cases;
        }

        private BadBodies bodies() {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return null;
            }
            for (Map.Entry<String, MediaType> media :
                    operation.getRequestBody().getContent().entrySet()) {
                Schema<?> schema = media.getValue().getSchema();
                if (schema == null || schema.getProperties() == null) {
                    continue;
                }
                Map<String, Schema<?>> properties = new LinkedHashMap<>();
                schema.getProperties().forEach((k, v) -> properties.put(k, v));
                Map<String, String> valid = new LinkedHashMap<>();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                for (String property : required) {
                    valid.put(property, OpenApiCases.this.valid(path, property, properties.get(property)));
                }
                if (media.getKey().equals("application/json") || media.getKey().equals("multipart/form-data")) {
                    return new BadBodies(media.getKey(), properties, valid);
                }
            }
            return null;
        }

        private String url(Parameter bad, BadValue value) {
            String resolved = path;
            StringBuilder query = new StringBuilder();
            for (Parameter parameter : parameters) {
                String text = parameter == bad
                        ? value.percentEncoded()
                        : new BadValue(
                                        "",
                                        valid(path, parameter.getName(), parameter.getSchema())
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        false)
                                .percentEncoded();
                if ("path".equals(parameter.getIn())) {
                    resolved = resolved.replace("{" + parameter.getName() + "}", text);
                } else if ("query".equals(parameter.getIn())
                        && (parameter == bad || Boolean.TRUE.equals(parameter.getRequired()))) {
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(parameter.getName())
                            .append('=')
                            .append(text);
                }
            }
            return base + resolved + query;
        }
    }
}
