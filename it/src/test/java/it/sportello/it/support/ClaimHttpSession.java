package it.sportello.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verify step of account claiming driven over plain HTTP (no browser), to send many attempts and time them:
 * a cookie-keeping client that opens the registration page and posts the form the page last rendered.
 */
public final class ClaimHttpSession {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form id=\"sportello-claim-verify\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String action;

    /** A response of the verify step: status, body and how long the server took, in nanoseconds. */
    public record Attempt(int status, String body, long nanos) {}

    public ClaimHttpSession(String registrationUrl) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(registrationUrl)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(page);
        action = actionOf(page.body());
    }

    public Attempt verify(String customerCode, String taxId) throws Exception {
        String form = "customerCode=" + URLEncoder.encode(customerCode, StandardCharsets.UTF_8) + "&taxId="
                + URLEncoder.encode(taxId, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        keepCookies(response);
        action = actionOf(response.body());
        return new Attempt(response.statusCode(), response.body(), nanos);
    }

    /** The page with what differs on every render (form action, session code, tab id) taken out. */
    public static String comparable(String body) {
        return body.replaceAll("action=\"[^\"]*\"", "action=\"\"")
                .replaceAll("(session_code|execution|tab_id|client_data|client_id)=[^\"&]*", "$1=");
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String actionOf(String body) {
        Matcher matcher = FORM_ACTION.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No verify form in the page: " + body.substring(0, Math.min(500, body.length())));
        }
        return matcher.group(1).replace("&amp;", "&");
    }
}
