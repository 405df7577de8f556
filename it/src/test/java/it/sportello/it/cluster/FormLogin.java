package it.sportello.it.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The realm's username and password form posted over plain HTTP, as a script would: one fresh visit per attempt. */
final class FormLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** What the server answered: signed in means a redirect back to the portal app with a code. */
    record Result(int status, String location) {
        boolean signedIn() {
            return status == 302 && location != null && location.contains("code=");
        }
    }

    private FormLogin() {}

    static Result attempt(String authorizationUrl, String username, String password) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(authorizationUrl))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("No login form: "
                    + page.body().substring(0, Math.min(400, page.body().length())));
        }
        String cookies = String.join(
                "; ",
                page.headers().allValues("Set-Cookie").stream()
                        .map(header -> header.split(";", 2)[0])
                        .toList());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Result(
                answer.statusCode(), answer.headers().firstValue("Location").orElse(null));
    }
}
