package it.sportello.it.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.PortalContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.keycloak.util.JsonSerialization;

/**
 * Sends the API cases one after the other with the token their operation's tag asks for, in English, and judges each
 * answer: below 500, no stack trace, a 4xx as an {@code application/problem+json} whose title is from the bundles (or
 * the HTTP layer's 413/414/431 for a request too large to reach the API), a 2xx as the OpenAPI document describes it;
 * and for a write refused, the state read by {@code state} (CRM rows, Keycloak's users) as it was before.
 */
public final class ApiMatrix {

    private final HttpClient http = HttpClient.newHttpClient();
    private final PageMessages messages;
    private final Verdicts verdicts;
    private final Function<String, String> tokenForTag;
    private final StateReader state;
    private final PortalContract contract;

    public ApiMatrix(
            PageMessages messages,
            Verdicts verdicts,
            Function<String, String> tokenForTag,
            StateReader state,
            String portalBase) {
        this.messages = messages;
        this.verdicts = verdicts;
        this.tokenForTag = tokenForTag;
        this.state = state;
        this.contract = new PortalContract(portalBase);
    }

    /** Runs the reads eight at a time, then the writes one after the other (each compares the state around it). */
    /** Reads, as one comparable text, what a case could have stored. */
    @FunctionalInterface
    public interface StateReader {
        String read(ApiCase c) throws Exception;
    }

    public void run(List<ApiCase> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (ApiCase c : cases) {
                if (!c.writes()) {
                    reads.add(pool.submit(() -> guarded(c)));
                }
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            pool.shutdownNow();
        }
        cases.stream().filter(ApiCase::writes).forEach(this::guarded);
    }

    private void guarded(ApiCase c) {
        try {
            runCase(c);
        } catch (Exception | AssertionError e) {
            verdicts.count(c.operation(), "error");
            verdicts.fail(c.operation(), c.value(), c.where(), "the case could not run: " + e);
        }
    }

    private void runCase(ApiCase c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(c.url()))
                .header("Authorization", "Bearer " + tokenForTag.apply(c.tag()))
                .header("Accept-Language", "en");
        HttpRequest.BodyPublisher body = c.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), body);
        String before = c.writes() ? state.read(c) : null;
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String kind = judge(c, response);
        verdicts.count(c.operation(), kind);
        if (before != null && response.statusCode() >= 400) {
            String after = state.read(c);
            if (!before.equals(after)) {
                verdicts.fail(
                        c.operation(),
                        c.value(),
                        c.where(),
                        "refused (" + response.statusCode() + ") but the stored state changed:\nbefore " + before
                                + "\nafter  " + after);
            }
        }
    }

    private String judge(ApiCase c, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String known = KnownServerAnswers.reason(c, status, body);
        if (known != null) {
            return status + " " + known;
        }
        if (status >= 500) {
            fail(c, "status " + status + ": " + FormMatrix.excerpt(body));
        }
        if (Verdicts.hasStackTrace(body)) {
            fail(c, "stack trace in the answer: " + FormMatrix.excerpt(body));
        }
        if (type.startsWith("text/html") && body.contains(BadValue.SCRIPT)) {
            fail(c, "the script comes back unescaped in HTML");
        }
        if (status < 400) {
            try {
                contract.check(response);
            } catch (AssertionError e) {
                fail(c, "accepted, but the answer breaks the OpenAPI document: " + e.getMessage());
            }
            return status + " accepted";
        }
        if ((status == 413 || status == 414 || status == 431) && !type.startsWith("application/problem+json")) {
            return status + " http layer";
        }
        if (!type.startsWith("application/problem+json")) {
            fail(c, status + " is not a problem (" + type + "): " + FormMatrix.excerpt(body));
            return status + " not a problem";
        }
        try {
            JsonNode problem = JsonSerialization.mapper.readTree(body);
            String title = problem.path("title").asText("");
            if (!messages.isLocalized(title)) {
                fail(c, "problem title not from the bundles: " + title);
            }
            if (problem.path("status").asInt() != status) {
                fail(c, "problem status " + problem.path("status") + " on a " + status);
            }
        } catch (java.io.IOException e) {
            fail(c, "problem is not JSON: " + FormMatrix.excerpt(body));
        }
        return status + " problem";
    }

    private void fail(ApiCase c, String what) {
        verdicts.fail(c.operation(), c.value(), c.where(), what);
    }
}
