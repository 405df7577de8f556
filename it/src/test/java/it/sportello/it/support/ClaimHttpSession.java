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
 * Account claiming driven over plain HTTP (no browser), to send many attempts and time them, or to complete two
 * claims at the same moment: a cookie-keeping client that opens the registration page and posts the form the page last
 * rendered (verify, confirm, complete).
 */
public final class ClaimHttpSession {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form id=\"sportello-claim-(?:verify|confirm|complete)\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    /** Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private static final Pattern POW_CHALLENGE = Pattern.compile("name=\"sportello-pow-challenge\" value=\"([^\"]+)\"");
    private static final Pattern POW_SALT = Pattern.compile("data-salt=\"([^\"]+)\"");
    private static final Pattern POW_DIFFICULTY = Pattern.compile("data-difficulty=\"([0-9]+)\"");

    private String action;
    private String page;

    /** A response of the verify step: status, body and how long the server took, in nanoseconds. */
    public record Attempt(int status, String body, long nanos) {}

    public ClaimHttpSession(String registrationUrl) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(registrationUrl)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(page);
        action = actionOf(page.body());
        this.page = page.body();
    }

    /**
     * Posts the verify form as a script would: without the proof of work, even when the page asks for it; the invoice
     * number is the proof of possession.
     */
    public Attempt verify(String customerCode, String taxId, String invoiceNumber) throws Exception {
        return post(customerCode, taxId, invoiceNumber, "");
    }

    /** Posts the verify form with the page's proof-of-work challenge solved, as the page's script does. */
    public Attempt verifySolvingCheck(String customerCode, String taxId, String invoiceNumber) throws Exception {
        if (!asksCheck()) {
            throw new AssertionError("The page asks for no proof of work");
        }
        String challenge = group(POW_CHALLENGE, page);
        String nonce = ProofOfWork.solve(group(POW_SALT, page), Integer.parseInt(group(POW_DIFFICULTY, page)));
        return post(
                customerCode,
                taxId,
                invoiceNumber,
                "&sportello-pow-challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
                        + "&sportello-pow-nonce=" + nonce);
    }

    /** Sends the next posts to another server of the same cluster (the form's URL with another base). */
    public void moveTo(String fromBaseUrl, String toBaseUrl) {
        if (!action.startsWith(fromBaseUrl)) {
            throw new AssertionError("The form does not post to " + fromBaseUrl + ": " + action);
        }
        action = toBaseUrl + action.substring(fromBaseUrl.length());
    }

    /** Whether the page last rendered carries a proof-of-work challenge. */
    public boolean asksCheck() {
        return POW_CHALLENGE.matcher(page).find();
    }

    /** "Yes, continue" on the summary. */
    public Attempt confirm() throws Exception {
        return send("confirm=");
    }

    /** Submits the completion form with these fields (none when the link goes to the email of record). */
    public Attempt complete(Map<String, String> fields) throws Exception {
        return send(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&")));
    }

    private Attempt post(String customerCode, String taxId, String invoiceNumber, String extra) throws Exception {
        return send("customerCode=" + URLEncoder.encode(customerCode, StandardCharsets.UTF_8) + "&taxId="
                + URLEncoder.encode(taxId, StandardCharsets.UTF_8) + "&invoiceNumber="
                + URLEncoder.encode(invoiceNumber, StandardCharsets.UTF_8) + extra);
    }

    private Attempt send(String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        keepCookies(response);
        page = response.body();
        if (FORM_ACTION.matcher(page).find()) {
            action = actionOf(page);
        }
        return new Attempt(response.statusCode(), response.body(), nanos);
    }

    /** The page with what differs on every render (form action, session code, tab id, check challenge) taken out. */
    public static String comparable(String body) {
        return body.replaceAll("action=\"[^\"]*\"", "action=\"\"")
                .replaceAll("(name=\"sportello-pow-challenge\" value|data-salt)=\"[^\"]*\"", "$1=\"\"")
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

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("Not in the page: " + pattern);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String actionOf(String body) {
        Matcher matcher = FORM_ACTION.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No verify form in the page: " + body.substring(0, Math.min(500, body.length())));
        }
        return matcher.group(1).replace("&amp;", "&");
    }
}
