package it.sportello.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.util.JsonSerialization;

/**
 * The browser side of an OIDC authorization-code flow with PKCE (S256), as a portal web app runs it: builds the
 * authorization URL, reads the code from the redirect the browser ends on, and redeems it at the token endpoint.
 */
public final class PkceLogin {

    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;
    private final String codeVerifier;
    private final String state;

    public PkceLogin(String realmUrl, String clientId, String redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.codeVerifier = randomUrlSafe(48);
        this.state = randomUrlSafe(16);
    }

    /** The registration (account claiming) entry point, as the login page's "activate your account" link opens it. */
    public String registrationUrl(String uiLocale) {
        return authorizationUrl(uiLocale)
                .replace("/protocol/openid-connect/auth?", "/protocol/openid-connect/registrations?");
    }

    public String authorizationUrl(String uiLocale) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("response_type", "code");
        params.put("scope", "openid");
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.put("code_challenge", codeChallenge());
        params.put("code_challenge_method", "S256");
        if (uiLocale != null) {
            params.put("ui_locales", uiLocale);
        }
        return realmUrl + "/protocol/openid-connect/auth?" + form(params);
    }

    /** Redeems the code found in the redirect URL the browser was sent to. */
    public AccessTokenResponse redeem(String redirectedTo) throws IOException, InterruptedException {
        Map<String, String> query = parseQuery(URI.create(redirectedTo).getRawQuery());
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("State mismatch in redirect: " + redirectedTo);
        }
        String code = query.get("code");
        if (code == null) {
            throw new IllegalStateException("No authorization code in redirect: " + redirectedTo);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("client_id", clientId);
        params.put("code", code);
        params.put("redirect_uri", redirectUri);
        params.put("code_verifier", codeVerifier);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return JsonSerialization.readValue(response.body(), AccessTokenResponse.class);
    }

    private String codeChallenge() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String form(Map<String, String> params) {
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
                    java.net.URLDecoder.decode(key, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }
}
