package it.sportello.keycloak.support;

import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.keycloak.common.util.SecretGenerator;

/**
 * Cross-site request forgery guard of the support form: a double-submit token. The page puts 256 random bits both in
 * a hidden field and in an HttpOnly, {@code SameSite=Strict} cookie scoped to the form's path; a post is accepted only
 * when the two are equal (compared in constant time). Another site can neither read the cookie nor make the browser
 * send it along with a cross-site post, so it cannot have a visitor's browser (and IP address, which the rate limit
 * counts) submit requests. As a second line, a post whose {@code Origin} header names another origin is refused; an
 * absent or {@code null} origin is accepted, because the login theme sends {@code Referrer-Policy: no-referrer}, under
 * which browsers post same-origin forms with {@code Origin: null}.
 *
 * <p>Nothing is stored on the server for a page view. That a request is sent only once comes from the proof of work:
 * its challenge is redeemed in Keycloak's single-use store, so a re-posted page is refused.
 */
final class SupportFormToken {

    static final String COOKIE = "SPORTELLO_SUPPORT_FORM";
    static final String FIELD = "sportello-support-token";

    private static final int TOKEN_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SupportFormToken() {}

    static String generate() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(SecretGenerator.getInstance().randomBytes(TOKEN_BYTES));
    }

    /** The value when it has the shape of a token, so that a page can keep using the cookie it already set. */
    static Optional<String> wellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** Whether the posted field carries the same token as the cookie. */
    static boolean matches(String cookie, String field) {
        if (wellFormed(cookie).isEmpty() || wellFormed(field).isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the {@code Origin} header allows the post: absent, {@code null}, or this server's own origin. */
    static boolean originAllowed(String origin, URI serverBase) {
        if (origin == null || origin.isBlank() || "null".equals(origin.strip())) {
            return true;
        }
        try {
            URI named = new URI(origin.strip());
            return named.getScheme() != null
                    && named.getHost() != null
                    && originOf(named).equals(originOf(serverBase));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code scheme://host[:port]}, the port only when it is not the scheme's default. */
    static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The cookie for the form at {@code formUri}: its path only, HttpOnly, Strict, Secure over HTTPS, per session. */
    static NewCookie cookie(String token, URI formUri) {
        return new NewCookie.Builder(COOKIE)
                .value(token)
                .path(formUri.getRawPath())
                .httpOnly(true)
                .secure(secure(formUri))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** Secure when the server is reached over HTTPS (its frontend URL, behind a proxy too). */
    static boolean secure(URI formUri) {
        return "https".equalsIgnoreCase(formUri.getScheme());
    }
}
