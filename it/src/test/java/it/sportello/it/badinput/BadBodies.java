package it.sportello.it.badinput;

import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bodies of one operation's cases: the well-formed body (its required properties only), that body with one
 * property set to each {@link BadValue}, and the malformed bodies: another content type, a truncated body, an empty
 * one, JSON with a duplicate or an unknown field, an array or null instead of an object, and for multipart a body
 * without its closing boundary, no boundary at all, too many attachments and one larger than the suite's limit.
 */
final class BadBodies {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final String BOUNDARY = "sportello-bad-input-boundary";
    /** One byte over the suite's largest attachment (the portal's max-attachment-size in the suite). */
    static final int OVERSIZED_ATTACHMENT = 1024 * 1024 + 1;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    private final String mediaType;
    private final Map<String, Schema<?>> properties;
    private final Map<String, String> valid;

    BadBodies(String mediaType, Map<String, Schema<?>> properties, Map<String, String> valid) {
        this.mediaType = mediaType;
        this.properties = properties;
        this.valid = valid;
    }

    String contentType() {
        return multipart() ? "multipart/form-data; boundary=" + BOUNDARY : mediaType;
    }

    byte[] valid() {
        return build(null, null);
    }

    List<ApiCase> cases(String operation, String tag, String method, String url) {
        List<ApiCase> cases = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
            if ("array".equals(property.getValue().getType())) {
                continue;
            }
            for (BadValue value : BadValue.ALL) {
                if (value.huge() && !first) {
                    continue;
                }
                cases.add(new ApiCase(
                        operation,
                        tag,
                        method,
                        "body " + property.getKey(),
                        value,
                        url,
                        contentType(),
                        build(property.getKey(), value)));
            }
            first = false;
        }
        for (Map.Entry<String, byte[]> whole : malformed().entrySet()) {
            String[] kind = whole.getKey().split(" ", 2);
            cases.add(new ApiCase(
                    operation, tag, method, "body", BadValue.text(kind[0], ""), url, kind[1], whole.getValue()));
        }
        return cases;
    }

    /** Malformed bodies by "name content-type". */
    private Map<String, byte[]> malformed() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        byte[] body = valid();
        bodies.put("wrong-content-type text/plain", body);
        bodies.put("xml application/xml", "<contact><phone>1</phone></contact>".getBytes(StandardCharsets.UTF_8));
        bodies.put("empty " + contentType(), new byte[0]);
        bodies.put("truncated " + contentType(), Arrays.copyOf(body, Math.max(1, body.length / 2)));
        if (multipart()) {
            bodies.put("no-boundary multipart/form-data", body);
            bodies.put("json-instead-of-multipart application/json", "{}".getBytes(StandardCharsets.UTF_8));
            bodies.put("oversized-attachment " + contentType(), withFiles(1, OVERSIZED_ATTACHMENT));
            bodies.put("too-many-attachments " + contentType(), withFiles(6, PNG.length));
        } else {
            String json = new String(body, StandardCharsets.UTF_8);
            String inner = json.substring(1, json.length() - 1);
            String first = properties.keySet().iterator().next();
            bodies.put(
                    "duplicate-field application/json",
                    ("{" + inner + (inner.isEmpty() ? "" : ",") + "\"" + first + "\":\"a\",\"" + first + "\":\"b\"}")
                            .getBytes(StandardCharsets.UTF_8));
            bodies.put(
                    "unknown-field application/json",
                    ("{" + inner + (inner.isEmpty() ? "" : ",") + "\"sportelloUnknown\":{\"x\":[1]}}")
                            .getBytes(StandardCharsets.UTF_8));
            bodies.put("array application/json", "[]".getBytes(StandardCharsets.UTF_8));
            bodies.put("null application/json", "null".getBytes(StandardCharsets.UTF_8));
            bodies.put(
                    "deep-nesting application/json",
                    ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private boolean multipart() {
        return mediaType.equals("multipart/form-data");
    }

    private byte[] build(String badProperty, BadValue value) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        valid.forEach((k, v) -> fields.put(k, literal(k, v.getBytes(StandardCharsets.UTF_8))));
        if (badProperty != null) {
            fields.put(badProperty, literal(badProperty, value.raw()));
        }
        return multipart() ? multipart(fields, 0, 0) : json(fields);
    }

    /** JSON: a number as a literal when the property is numeric and the text is a JSON number, else a string. */
    private byte[] literal(String property, byte[] raw) {
        if (multipart()) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        Schema<?> schema = properties.get(property);
        String type = schema == null ? null : schema.getType();
        if (("number".equals(type) || "integer".equals(type))
                        && JSON_NUMBER.matcher(text).matches()
                || "boolean".equals(type) && text.matches("true|false")) {
            return raw;
        }
        return new BadValue("", raw, false).jsonString();
    }

    private static byte[] json(Map<String, byte[]> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        for (Map.Entry<String, byte[]> field : fields.entrySet()) {
            if (out.size() > 1) {
                out.write(',');
            }
            out.writeBytes(("\"" + field.getKey() + "\":").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(field.getValue());
        }
        out.write('}');
        return out.toByteArray();
    }

    private byte[] withFiles(int count, int size) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        valid.forEach((k, v) -> fields.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return multipart(fields, count, size);
    }

    private static byte[] multipart(Map<String, byte[]> fields, int files, int fileSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> field : fields.entrySet()) {
            write(
                    out,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
            out.writeBytes(field.getValue());
            write(out, "\r\n");
        }
        for (int i = 0; i < files; i++) {
            write(
                    out,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"f" + i
                            + ".png\"\r\nContent-Type: image/png\r\n\r\n");
            byte[] file = Arrays.copyOf(PNG, Math.max(PNG.length, fileSize));
            out.writeBytes(file);
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
