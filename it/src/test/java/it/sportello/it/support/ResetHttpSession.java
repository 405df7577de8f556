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
import java.util.stream.Collectors;

/**
 * The choose-user page of password recovery driven over plain HTTP (no browser), to send many requests and time them:
 * a cookie-keeping client that follows the sign-in page's "Forgot password?" link, then posts the form that page shows.
 * Only the post is timed.
 */
public final class ResetHttpSession {

    private static final Pattern RESET_LINK =
            Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form id=\"sportello-reset-choose-user\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String resetLink;

    /** A response of the choose-user page: status, body and how long the server took, in nanoseconds. */
    public record Attempt(int status, String body, long nanos) {}

    /** @param authorizationUrl an authorization request, whose sign-in page links to recovery */
    public ResetHttpSession(String authorizationUrl) throws Exception {
        HttpResponse<String> login = get(authorizationUrl);
        resetLink = link(login, RESET_LINK, "reset link");
    }

    public Attempt request(String identifier) throws Exception {
        HttpResponse<String> page = get(resetLink);
        String action = link(page, FORM_ACTION, "choose-user form");
        HttpRequest post = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        keepCookies(response);
        // the answer is the sign-in page, which links to recovery again
        resetLink = link(response, RESET_LINK, "reset link");
        return new Attempt(response.statusCode(), response.body(), nanos);
    }

    /**
     * The page with what differs on every render taken out: what {@link ClaimHttpSession#comparable} removes, and the
     * hash of the authentication session the sign-in page polls with.
     */
    public static String comparable(String body) {
        return ClaimHttpSession.comparable(body)
                .replaceAll("checkAuthSession\\(\\s*\"[^\"]*\"", "checkAuthSession(\"\"");
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        return response;
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
                .collect(Collectors.joining("; "));
    }

    /** The link or form action a page holds, absolute (the pages may use paths relative to the server). */
    private static String link(HttpResponse<String> page, Pattern pattern, String what) {
        String body = page.body();
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No " + what + " in the page: " + body.substring(0, Math.min(500, body.length())));
        }
        return page.uri().resolve(matcher.group(1).replace("&amp;", "&")).toString();
    }
}
