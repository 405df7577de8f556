package it.sportello.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak server process of its own: the distribution zip unpacked with the Sportello jars in {@code providers/},
 * built once with {@code kc.sh build}, started in production mode on its own ports (HTTP on 127.0.0.1, a bootstrap
 * admin {@code admin}/{@code admin}). The cluster integration test runs two of them on copies of one home; the
 * benchmark runs one under load.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final Path log;
    private Process process;

    private KeycloakServer(Path home, int httpPort, int managementPort, Path log) {
        this.home = home;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Unpacks the distribution zip into {@code dir}, deploys the provider jars and runs {@code kc.sh build}. */
    public static Path install(Path zip, List<Path> providers, Path dir, List<String> buildOptions) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        unzip(zip, dir);
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (Path jar : providers) {
            Files.copy(jar, home.resolve("providers").resolve(jar.getFileName()));
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        buildOptions.forEach(option -> command.add("--" + option));
        Process build = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("build.log").toFile())
                .start();
        if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed:\n" + Files.readString(home.resolve("build.log")));
        }
        return home;
    }

    /** A second server's home: a copy of an installed, built one (timestamps kept, so no rebuild is needed). */
    public static Path copy(Path home, Path dir) throws IOException {
        deleteRecursively(dir);
        Path target = dir.resolve(home.getFileName());
        Files.createDirectories(target);
        try (var paths = Files.walk(home)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(home.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else if (!source.getFileName().toString().endsWith(".log")) {
                    // Keycloak compares the providers' timestamps with its build's
                    Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        target.resolve("bin/kc.sh").toFile().setExecutable(true);
        return target;
    }

    /**
     * Starts {@code kc.sh start --optimized} with the options (names without the leading dashes) and the heap given
     * as {@code JAVA_OPTS_KC_HEAP}; output goes to {@code log}.
     */
    public static KeycloakServer start(
            Path home, int httpPort, int managementPort, Map<String, String> runtimeOptions, String heap, Path log)
            throws IOException {
        KeycloakServer server = new KeycloakServer(home, httpPort, managementPort, log);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        runtimeOptions.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--http-enabled=true");
        command.add("--hostname-strict=false");
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_OPTS_KC_HEAP", heap);
        server.process = builder.start();
        return server;
    }

    /** Waits until the server answers ready on its management port. */
    public void awaitReady() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI ready = URI.create(managementUrl() + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped during start (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                HttpResponse<String> response =
                        client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Keycloak not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    /** Waits until the server's log reports a cluster view with {@code members} members. */
    public void awaitClusterView(int members) throws Exception {
        Pattern view = Pattern.compile("ISPN000094: Received new cluster view[^\\n]*\\(" + members + "\\)");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (view.matcher(Files.readString(log)).find()) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Keycloak never saw a cluster of " + members + ":\n" + tail());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The JVM's process (kc.sh execs or forks it). */
    public ProcessHandle jvm() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .orElse(process.toHandle());
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
