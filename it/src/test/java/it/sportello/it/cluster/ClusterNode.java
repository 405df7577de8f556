package it.sportello.it.cluster;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One Keycloak server process of the two-node cluster test: a copy of the distribution with the Sportello jars in
 * {@code providers/}, started in production mode with its own ports, joining the others through JGroups' jdbc-ping
 * discovery on the shared Keycloak database (Keycloak's default cache stack).
 */
final class ClusterNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final Path log;
    private Process process;

    private ClusterNode(String name, Path home, int httpPort, int managementPort) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.log = home.resolve("node.log");
    }

    /** Unpacks the distribution zip into {@code dir}, deploys the provider jars and runs {@code kc.sh build}. */
    static Path install(Path zip, List<Path> providers, Path dir, List<String> buildOptions) throws Exception {
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

    /** A second node on a copy of an installed, built home (the build output is copied too, so no rebuild). */
    static Path copy(Path home, Path dir) throws IOException {
        deleteRecursively(dir);
        Path target = dir.resolve(home.getFileName());
        Files.createDirectories(target);
        try (var paths = Files.walk(home)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(home.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else if (!source.getFileName().toString().endsWith(".log")) {
                    // timestamps kept: Keycloak compares the providers' with its build's
                    Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        target.resolve("bin/kc.sh").toFile().setExecutable(true);
        return target;
    }

    static ClusterNode start(
            String name,
            Path home,
            int httpPort,
            int managementPort,
            int clusterPort,
            Map<String, String> runtimeOptions)
            throws IOException {
        ClusterNode node = new ClusterNode(name, home, httpPort, managementPort);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        runtimeOptions.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--http-enabled=true");
        command.add("--hostname-strict=false");
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        command.add("--cache-embedded-network-bind-address=127.0.0.1");
        command.add("--cache-embedded-network-bind-port=" + clusterPort);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(node.log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        node.process = builder.start();
        return node;
    }

    /** Waits until the node answers ready on its management port. */
    void awaitReady() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " stopped during start (exit " + process.exitValue() + "):\n" + tail());
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
        throw new IllegalStateException(name + " not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    /** Waits until this node's log reports a cluster view with {@code members} members. */
    void awaitClusterView(int members) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Pattern view = Pattern.compile("ISPN000094: Received new cluster view[^\\n]*\\(" + members + "\\)");
            if (view.matcher(Files.readString(log)).find()) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(name + " never saw a cluster of " + members + ":\n" + tail());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
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
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
