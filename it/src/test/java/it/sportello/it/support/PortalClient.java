package it.sportello.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.util.JsonSerialization;

/**
 * Calls the portal API as the portal web app does: bearer token, JSON, multipart for tickets. Every answer goes
 * through {@link PortalContract}: one that the OpenAPI document does not describe fails the test that received it.
 */
public final class PortalClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final PortalContract contract;

    public PortalClient(String realmUrl) {
        this(realmUrl, "sportello-portal");
    }

    /** The API under another resource id of the realm, e.g. the deprecated alias {@code portal}. */
    public PortalClient(String realmUrl, String resourceId) {
        this.base = realmUrl + "/" + resourceId;
        this.contract = new PortalContract(base);
    }

    public String url(String path) {
        return base + path;
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return contract.check(http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    public HttpResponse<String> postJson(String path, String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> putJson(String path, String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE().build());
    }

    /** A multipart/form-data POST: text fields, then files (name, bytes, declared content type). */
    public HttpResponse<String> postMultipart(
            String path, String token, Map<String, String> fields, List<FilePart> files)
            throws IOException, InterruptedException {
        return postMultipart(path, token, fields, files, null);
    }

    /** The same in a language ({@code Accept-Language}; null: none). */
    public HttpResponse<String> postMultipart(
            String path, String token, Map<String, String> fields, List<FilePart> files, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = multipart(request(path, token), fields, files);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request.build());
    }

    /** The request with a multipart/form-data POST body: text fields, then files. */
    public static HttpRequest.Builder multipart(
            HttpRequest.Builder request, Map<String, String> fields, List<FilePart> files) {
        String boundary = "sportello-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n");
        }
        for (FilePart file : files) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                            + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
                            + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Any request to the portal API, the admin's back-office paths included; checked against the contract. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return contract.check(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonSerialization.mapper.readTree(response.body());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of a multipart request. */
    public record FilePart(String field, String filename, String contentType, byte[] content) {}
}
