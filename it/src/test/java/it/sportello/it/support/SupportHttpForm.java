package it.sportello.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public support request form driven over plain HTTP, as a script would post it: a cookie-keeping client that
 * opens the form and posts the fields together with the form token and the proof-of-work challenge of the page it
 * last got, solving the proof of work in Java (or not, to see it refused).
 */
public final class SupportHttpForm {

    private static final Pattern ACTION =
            Pattern.compile("<form id=\"sportello-support-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"sportello-support-token\" value=\"([^\"]*)\"");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"sportello-pow-challenge\" value=\"([^\"]*)\"");
    private static final Pattern ALERT =
            Pattern.compile("class=\"[^\"]*kc-feedback-text\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern TICKET = Pattern.compile("id=\"sportello-support-ticket\">([0-9]+)<");
    // inert markup the browser does not render (the theme's restart notice waits in one for its script)
    private static final Pattern TEMPLATE = Pattern.compile("<template>.*?</template>", Pattern.DOTALL);

    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String formUrl;

    private Page page;

    /** A response: status, body, and how long the server took, in nanoseconds. */
    public record Page(int status, String body, long nanos) {

        /** The page's global alert (proof of work, rate limit, expired form), unescaped; empty when none. */
        public String alert() {
            Matcher matcher = ALERT.matcher(TEMPLATE.matcher(body).replaceAll(""));
            return matcher.find() ? unescape(matcher.group(1).strip()) : "";
        }

        /** The message under a field, unescaped; empty when none. */
        public String fieldError(String field) {
            Matcher matcher = Pattern.compile(
                            "id=\"input-error-" + Pattern.quote(field) + "\"[^>]*>\\s*<span[^>]*>(.*?)</span>",
                            Pattern.DOTALL)
                    .matcher(body);
            return matcher.find() ? unescape(matcher.group(1).strip()) : "";
        }

        /** The ticket number on the confirmation page. */
        public Optional<Long> ticketNumber() {
            Matcher matcher = TICKET.matcher(body);
            return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
        }

        /** The page with what differs between two answers taken out: tokens, challenges, the ticket number. */
        public String comparable() {
            return body.replaceAll("value=\"[^\"]*\"", "value=\"\"")
                    .replaceAll("data-salt=\"[^\"]*\"", "")
                    .replaceAll("id=\"sportello-support-ticket\">[0-9]+<", "id=\"sportello-support-ticket\"><");
        }
    }

    /** @param formUrl the form's address, with {@code kc_locale} to pick the language */
    public SupportHttpForm(String formUrl) {
        this.formUrl = formUrl;
    }

    public Page open() throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(formUrl)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        return exchange(request.build());
    }

    /**
     * Posts the fields with the current page's form token and a solved proof of work; opens the form first when the
     * current page has none.
     */
    public Page submit(Map<String, String> fields) throws Exception {
        return post(fields, true, null);
    }

    /**
     * Posts the fields with the current page's form token and challenge; {@code solve} false sends no nonce, and
     * {@code origin} (when not null) is sent as the Origin header.
     */
    public Page post(Map<String, String> fields, boolean solve, String origin) throws Exception {
        if (page == null || !TOKEN.matcher(page.body()).find()) {
            // after a confirmation page, as a visitor sending another request would
            open();
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("sportello-support-token", find(TOKEN, "form token"));
        String challenge = find(CHALLENGE, "proof-of-work challenge");
        form.putIfAbsent("sportello-pow-challenge", challenge);
        if (solve) {
            form.putIfAbsent("sportello-pow-nonce", solve(challenge));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(find(ACTION, "form action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return exchange(request.build());
    }

    /** Forgets the cookies, as another browser would not have them. */
    public void dropCookies() {
        cookies.clear();
    }

    public Page page() {
        return page;
    }

    private Page exchange(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        page = new Page(response.statusCode(), response.body(), nanos);
        return page;
    }

    private String find(Pattern pattern, String what) {
        Matcher matcher = pattern.matcher(page == null ? "" : page.body());
        if (!matcher.find()) {
            throw new AssertionError("No " + what + " in the page: "
                    + (page == null
                            ? "none"
                            : page.body().substring(0, Math.min(800, page.body().length()))));
        }
        return unescape(matcher.group(1));
    }

    /** The puzzle sportello-pow.js solves: SHA-256 of salt and nonce with the challenge's leading zero bits. */
    static String solve(String challenge) throws Exception {
        String[] parts = challenge.split("\\.");
        String salt = parts[1];
        int difficulty = Integer.parseInt(parts[3]);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (long nonce = 0; ; nonce++) {
            byte[] digest = sha256.digest((salt + nonce).getBytes(StandardCharsets.UTF_8));
            if (leadingZeroBits(digest) >= difficulty) {
                return Long.toString(nonce);
            }
        }
    }

    private static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#039;", "'")
                .replace("&amp;", "&");
    }
}
