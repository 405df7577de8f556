package it.sportello.it.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to what the login pages need, over plain HTTP: it keeps cookies (by name, as a browser does for
 * one host whatever the port), follows redirects on the servers it visits and stops at one leaving them (the
 * application's redirect with a code).
 */
final class Visitor {

    /** A page as the visitor ended on it, or the redirect that leaves the servers. */
    record Page(int status, String body, URI uri, String location) {

        /** The absolute action of the form with this id, unescaped. */
        String formAction(String formId) {
            Matcher action = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"")
                    .matcher(body);
            if (!action.find()) {
                throw new AssertionError("No form " + formId + " (HTTP " + status + "): "
                        + body.substring(0, Math.min(600, body.length())));
            }
            return uri.resolve(action.group(1).replace("&amp;", "&")).toString();
        }

        /** The absolute target of the first link whose address matches {@code hrefPart}. */
        String link(String hrefPart) {
            Matcher link =
                    Pattern.compile("href=\"([^\"]*" + hrefPart + "[^\"]*)\"").matcher(body);
            if (!link.find()) {
                throw new AssertionError(
                        "No link to " + hrefPart + ": " + body.substring(0, Math.min(600, body.length())));
            }
            return uri.resolve(link.group(1).replace("&amp;", "&")).toString();
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Keycloak marks its cookies Secure; browsers send them to http://127.0.0.1, Java's CookieManager does not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Page get(String url) throws Exception {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    Page post(String url, String form) throws Exception {
        return follow(send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        request.timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }

    private Page follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 10; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(response.statusCode(), response.body(), response.uri(), null);
            }
            URI next = response.uri().resolve(location);
            if (next.getPort() != response.uri().getPort()) {
                return new Page(response.statusCode(), response.body(), response.uri(), next.toString());
            }
            response = send(HttpRequest.newBuilder(next).GET());
        }
        throw new AssertionError("Too many redirects from " + response.uri());
    }
}
