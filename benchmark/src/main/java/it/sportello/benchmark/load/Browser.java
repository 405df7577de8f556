package it.sportello.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One virtual user: a keep-alive HTTP/1.1 connection, a cookie jar cleared per operation, and the steps of the
 * portal web app's authorization-code flow with PKCE (S256) against the realm, posting the forms the pages render.
 * Keycloak marks its cookies Secure, which Java's CookieManager would not send over http, so cookies are kept here.
 */
public final class Browser {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ANY_FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;
    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The tokens of a completed login. */
    public record Tokens(String accessToken, String refreshToken) {}

    /** A page the server answered. */
    public record Page(int status, String body, String location) {}

    public Browser(String realmUrl, String clientId, String redirectUri) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** Another virtual user of the same realm and client, with its own connection and cookies. */
    public Browser sibling() {
        return new Browser(realmUrl, clientId, redirectUri);
    }

    public String realmUrl() {
        return realmUrl;
    }

    /** A virtual user of another realm with the same client id and redirect URI (the stock realm's baselines). */
    public Browser inRealm(String otherRealmUrl) {
        return new Browser(otherRealmUrl, clientId, redirectUri);
    }

    /**
     * Follows the server's redirects from {@code page}, up to five, stopping at the redirect back to the app (whose
     * code {@link Authorization#redeem} takes).
     */
    public Page follow(Page page) throws IOException, InterruptedException {
        Page current = page;
        for (int hops = 0; hops < 5; hops++) {
            String location = current.location();
            if ((current.status() != 302 && current.status() != 303)
                    || location == null
                    || location.startsWith(redirectUri)) {
                return current;
            }
            current = get(URI.create(realmUrl).resolve(location).toString());
        }
        return current;
    }

    /** A new visit: no cookies, as a browser that has not been to the login pages. */
    public void forget() {
        cookies.clear();
    }

    /** The authorization request of a new login attempt, with its own state and PKCE verifier. */
    public final class Authorization {
        private final String verifier = randomUrlSafe(48);
        private final String state = randomUrlSafe(16);

        public String url(String endpoint) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("client_id", clientId);
            params.put("response_type", "code");
            params.put("scope", "openid");
            params.put("redirect_uri", redirectUri);
            params.put("state", state);
            params.put("code_challenge", challenge(verifier));
            params.put("code_challenge_method", "S256");
            params.put("ui_locales", "it");
            return realmUrl + "/protocol/openid-connect/" + endpoint + "?" + form(params);
        }

        /** Redeems the code of the redirect back to the app. */
        public Tokens redeem(Page redirect) throws IOException, InterruptedException {
            if (redirect.status() != 302
                    || redirect.location() == null
                    || !redirect.location().contains("code=")) {
                throw new OperationFailed("no redirect with a code: " + describe(redirect));
            }
            Map<String, String> query =
                    parseQuery(URI.create(redirect.location()).getRawQuery());
            if (!state.equals(query.get("state"))) {
                throw new OperationFailed("state mismatch");
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("grant_type", "authorization_code");
            params.put("client_id", clientId);
            params.put("code", query.get("code"));
            params.put("redirect_uri", redirectUri);
            params.put("code_verifier", verifier);
            return tokens(post(realmUrl + "/protocol/openid-connect/token", params));
        }
    }

    /** The whole login of a user: login page, credentials, code redeemed at the token endpoint. */
    public Tokens login(String username, String password) throws IOException, InterruptedException {
        forget();
        return signIn(username, password);
    }

    /** A login in this browser as it is (its cookies kept): login page, credentials, code redeemed. */
    public Tokens signIn(String username, String password) throws IOException, InterruptedException {
        Authorization authorization = new Authorization();
        Page page = get(authorization.url("auth"));
        expect(page, 200);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("username", username);
        params.put("password", password);
        params.put("credentialId", "");
        Page answer = post(formAction(page, "kc-form-login"), params);
        return authorization.redeem(answer);
    }

    public Tokens refresh(String refreshToken) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "refresh_token");
        params.put("client_id", clientId);
        params.put("refresh_token", refreshToken);
        return tokens(post(realmUrl + "/protocol/openid-connect/token", params));
    }

    public Page get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Page getWithToken(String url, String accessToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET());
    }

    public Page postJsonWithToken(String url, String accessToken, String json)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Page post(String url, Map<String, String> params) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        request.timeout(Duration.ofSeconds(60));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return new Page(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    /** The action of the form with this id ({@code null}: the page's first form). */
    public static String formAction(Page page, String formId) {
        Pattern pattern = formId == null
                ? ANY_FORM_ACTION
                : Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"");
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new OperationFailed("no form " + (formId == null ? "" : formId) + " in " + describe(page));
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    public static void expect(Page page, int status) {
        if (page.status() != status) {
            throw new OperationFailed("expected " + status + ", got " + describe(page));
        }
    }

    static String describe(Page page) {
        String body = page.body() == null ? "" : page.body();
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
        Matcher error = Pattern.compile("class=\"[^\"]*(?:alert|error)[^\"]*\"[^>]*>\\s*([^<]{0,200})")
                .matcher(body);
        return "HTTP " + page.status() + (page.location() == null ? "" : " -> " + page.location())
                + (title.find() ? " title=" + title.group(1).trim() : "")
                + (error.find() ? " message=" + error.group(1).trim() : "")
                + (body.startsWith("{") ? " " + body.substring(0, Math.min(200, body.length())) : "");
    }

    private static Tokens tokens(Page page) throws IOException {
        expect(page, 200);
        JsonNode json = JSON.readTree(page.body());
        return new Tokens(
                json.path("access_token").asText(), json.path("refresh_token").asText());
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }
}
