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
 * The sign-in form driven over plain HTTP (no browser), to send many attempts and time them: a cookie-keeping client
 * that opens an authorization request and posts the username and password form; a failed attempt answers the form
 * again, which the next attempt posts. Only the post is timed.
 */
public final class SignInHttpSession {

    /** The page of a supplier without prequalification, after its right password: the end of this session. */
    private static final String NO_FORM_PAGE = "id=\"sportello-not-prequalified\"";

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String action;

    /** A response of the sign-in form: status, body and how long the server took, in nanoseconds. */
    public record Attempt(int status, String body, long nanos) {}

    /** @param authorizationUrl an authorization request, which answers the sign-in page */
    public SignInHttpSession(String authorizationUrl) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(authorizationUrl)).build();
        HttpResponse<String> login = client.send(request, HttpResponse.BodyHandlers.ofString());
        keepCookies(login);
        action = formAction(login);
    }

    public Attempt signIn(String username, String password) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString("username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        keepCookies(response);
        if (response.statusCode() == 200 && !response.body().contains(NO_FORM_PAGE)) {
            // a failed attempt answers the form again; a successful one redirects to the client
            action = formAction(response);
        }
        return new Attempt(response.statusCode(), response.body(), nanos);
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

    private static String formAction(HttpResponse<String> page) {
        String body = page.body();
        Matcher matcher = FORM_ACTION.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No sign-in form in the page (status " + page.statusCode() + "): "
                    + body.substring(0, Math.min(500, body.length())));
        }
        return page.uri().resolve(matcher.group(1).replace("&amp;", "&")).toString();
    }
}
