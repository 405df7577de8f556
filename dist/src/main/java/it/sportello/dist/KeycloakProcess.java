package it.sportello.dist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Keycloak server of the demo: bin/kc.sh as a child process sharing the console, whose whole process tree (the
 * script, the Java server, and the second Java process kc.sh starts after an implicit re-build) is stopped with the
 * demo.
 */
final class KeycloakProcess {

    // The first start builds the server with our providers, creates both H2 databases and imports the realm: minutes
    // on a busy laptop. A server that dies is noticed at once (isAlive below), so the limit only catches a hang.
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;

    private KeycloakProcess(Process process) {
        this.process = process;
    }

    static KeycloakProcess start(DemoSettings settings, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.keycloakHome().toFile())
                .inheritIO();
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return new KeycloakProcess(builder.start());
    }

    /** Waits until the URL answers 200; fails early if Keycloak exits. */
    void awaitReady(String url) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with code " + process.exitValue() + " before it was ready; its log is above");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(
                "Keycloak did not serve " + url + " within " + STARTUP_TIMEOUT.toSeconds() + " s; its log is above");
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Stops the server politely (SIGTERM: Keycloak shuts down gracefully, kc.sh forwards it to its Java child), then
     * forcibly whatever is still alive after the timeout.
     */
    void stop() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle member : tree) {
            long leftMillis =
                    Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                member.onExit().get(leftMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                member.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tree.forEach(ProcessHandle::destroyForcibly);
                return;
            }
        }
    }
}
