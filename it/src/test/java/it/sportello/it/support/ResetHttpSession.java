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
 * When the page asks for the proof of work, {@link #request} solves it before the post, as the page's script does.
 * Only the post is timed.
 */
public final class ResetHttpSession {

    private static final Pattern RESET_LINK =
            Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form id=\"sportello-reset-choose-user\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern POW_CHALLENGE = Pattern.compile("name=\"sportello-pow-challenge\" value=\"([^\"]+)\"");
    private static final Pattern POW_SALT = Pattern.compile("data-salt=\"([^\"]+)\"");
    private static final Pattern POW_DIFFICULTY = Pattern.compile("data-difficulty=\"([0-9]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String resetLink;
    private String action;

    /** A proof-of-work challenge of a page and the nonce that solves it. */
    public record Solution(String challenge, String nonce) {}

    /** A response of the choose-user page: status, body and how long the server took, in nanoseconds. */
    public record Attempt(int status, String body, long nanos) {}

    /** @param authorizationUrl an authorization request, whose sign-in page links to recovery */
    public ResetHttpSession(String authorizationUrl) throws Exception {
        HttpResponse<String> login = get(authorizationUrl);
        resetLink = link(login, RESET_LINK, "reset link");
    }

    /** Opens the choose-user page and posts it, solving the proof of work first when the page asks for it. */
    public Attempt request(String identifier) throws Exception {
        String page = openForm();
        return post(identifier, asksProofOfWork(page) ? solve(page) : null);
    }

    /** Follows "Forgot password?" to the choose-user page and returns it; the next {@link #post} submits it. */
    public String openForm() throws Exception {
        HttpResponse<String> page = get(resetLink);
        action = link(page, FORM_ACTION, "choose-user form");
        return page.body();
    }

    /** Posts the open form with the identifier and, unless null, a proof-of-work solution. */
    public Attempt post(String identifier, Solution work) throws Exception {
        String form = "username=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8);
        if (work != null) {
            form += "&sportello-pow-challenge=" + URLEncoder.encode(work.challenge(), StandardCharsets.UTF_8)
                    + "&sportello-pow-nonce=" + work.nonce();
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        keepCookies(response);
        // the uniform answer is the sign-in page, which links to recovery again; a refusal is the form again
        Matcher again = RESET_LINK.matcher(response.body());
        if (again.find()) {
            resetLink =
                    response.uri().resolve(again.group(1).replace("&amp;", "&")).toString();
        }
        Matcher formAgain = FORM_ACTION.matcher(response.body());
        if (formAgain.find()) {
            action = response.uri()
                    .resolve(formAgain.group(1).replace("&amp;", "&"))
                    .toString();
        }
        return new Attempt(response.statusCode(), response.body(), nanos);
    }

    /** Whether the page carries a proof-of-work challenge. */
    public static boolean asksProofOfWork(String page) {
        return POW_CHALLENGE.matcher(page).find();
    }

    /** Solves the page's challenge the way sportello-pow.js does. */
    public static Solution solve(String page) throws Exception {
        Matcher challenge = POW_CHALLENGE.matcher(page);
        Matcher salt = POW_SALT.matcher(page);
        Matcher difficulty = POW_DIFFICULTY.matcher(page);
        if (!challenge.find() || !salt.find() || !difficulty.find()) {
            throw new AssertionError("The page asks for no proof of work");
        }
        return new Solution(
                challenge.group(1).replace("&amp;", "&"),
                ProofOfWork.solve(salt.group(1), Integer.parseInt(difficulty.group(1))));
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
