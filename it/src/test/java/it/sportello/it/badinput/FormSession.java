package it.sportello.it.badinput;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of a public form over plain HTTP, as a script would be: a cookie-keeping client that GETs a page, reads
 * the form's action (with its session code) and hidden inputs from it, and posts the fields as raw bytes
 * (percent-encoded byte by byte, so invalid UTF-8 reaches the server as such). When the page carries the proof-of-work
 * check it is solved first, as the page's script does: the limiter's check is passed, not what is tested.
 */
public final class FormSession {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern SALT = Pattern.compile("data-salt=\"([^\"]+)\"");
    private static final Pattern DIFFICULTY = Pattern.compile("data-difficulty=\"([0-9]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpResponse<String> page;
    private String source;

    /** Posts from this loopback address (e.g. 127.0.0.2) instead of the default one; null for the default. */
    public FormSession from(String loopbackAddress) {
        this.source = loopbackAddress;
        return this;
    }

    /** A page answered: status, content type, body and, for a redirect, where to. */
    public record Answer(int status, String contentType, String body, String location) {}

    public HttpResponse<String> open(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        page = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(page);
        return page;
    }

    /** Opens the address of the link the current page holds (the first match of the pattern's group 1). */
    public HttpResponse<String> follow(Pattern link) throws Exception {
        return open(page.uri().resolve(find(link, page.body())).toString());
    }

    /**
     * Posts the form of the current page with this id: its hidden inputs (tokens, challenge), the solved check, then
     * the fields in their order; each value as raw bytes.
     */
    public Answer post(String formId, Map<String, byte[]> fields) throws Exception {
        String body = page.body();
        int start = body.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("No form " + formId + " in the page (" + page.statusCode() + "): "
                    + body.substring(0, Math.min(600, body.length())));
        }
        String form = body.substring(start, body.indexOf("</form>", start));
        String action = page.uri()
                .resolve(find(Pattern.compile("action=\"([^\"]+)\""), form))
                .toString();
        Map<String, byte[]> all = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            all.put(hidden.group(1), PageMessages.unescape(hidden.group(2)).getBytes(StandardCharsets.UTF_8));
        }
        Matcher salt = SALT.matcher(form);
        Matcher difficulty = DIFFICULTY.matcher(form);
        if (all.containsKey("sportello-pow-nonce") && salt.find() && difficulty.find()) {
            all.put(
                    "sportello-pow-nonce",
                    solve(salt.group(1), Integer.parseInt(difficulty.group(1))).getBytes(StandardCharsets.US_ASCII));
        }
        all.putAll(fields);
        if (source != null) {
            LoopbackPost.Response answer = LoopbackPost.send(
                    source, URI.create(action), cookieHeader(), "application/x-www-form-urlencoded", encode(all));
            for (String cookie : answer.all("Set-Cookie")) {
                keepCookie(cookie);
            }
            return new Answer(answer.status(), answer.header("Content-Type"), answer.body(), answer.header("Location"));
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofByteArray(encode(all)))
                .build();
        HttpResponse<String> answer = client.send(post, HttpResponse.BodyHandlers.ofString());
        keepCookies(answer);
        page = answer;
        return new Answer(
                answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(""),
                answer.body(),
                answer.headers().firstValue("Location").orElse(""));
    }

    private static byte[] encode(Map<String, byte[]> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> field : fields.entrySet()) {
            if (out.size() > 0) {
                out.write('&');
            }
            out.writeBytes(new BadValue(field.getKey(), field.getKey().getBytes(StandardCharsets.UTF_8), false)
                    .percentEncoded()
                    .getBytes(StandardCharsets.US_ASCII));
            out.write('=');
            out.writeBytes(
                    new BadValue("", field.getValue(), false).percentEncoded().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** The puzzle sportello-pow.js solves: SHA-256 of salt and nonce with that many leading zero bits. */
    private static String solve(String salt, int difficulty) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (long nonce = 0; ; nonce++) {
            byte[] digest = sha256.digest((salt + nonce).getBytes(StandardCharsets.UTF_8));
            int bits = 0;
            for (byte b : digest) {
                if (b != 0) {
                    bits += Integer.numberOfLeadingZeros(b & 0xff) - 24;
                    break;
                }
                bits += 8;
            }
            if (bits >= difficulty) {
                return Long.toString(nonce);
            }
        }
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            keepCookie(header);
        }
    }

    private void keepCookie(String header) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                .append(k)
                .append('=')
                .append(v));
        return header.toString();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Not in the page: " + pattern);
        }
        return PageMessages.unescape(matcher.group(1));
    }
}
