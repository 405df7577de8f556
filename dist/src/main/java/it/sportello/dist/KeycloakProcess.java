package it.sportello.dist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Keycloak server of the demo as a child process whose whole process tree is stopped with the demo. */
final class KeycloakProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);

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
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with code " + process.exitValue() + " before it was ready; its log is above");
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s");
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Stops the launcher script and the server it started, politely first. */
    void stop() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
