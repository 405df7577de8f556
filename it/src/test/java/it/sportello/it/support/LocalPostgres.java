package it.sportello.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL cluster on this machine that holds Keycloak's database (and the CRM), stopped and started by the
 * Debian cluster tools as {@code .ci/run} does: {@code pg_ctlcluster --skip-systemctl-redirect <version> main}, the
 * version being the newest under {@code /etc/postgresql}, as root or through password-less {@code sudo}. Children of
 * a Java process inherit no descriptor above 2, so the server started here never holds the lock file of a calling
 * {@code flock} (benchmark/postgres-setup.sh has to close them by hand).
 */
public final class LocalPostgres {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Path CLUSTERS = Path.of("/etc/postgresql");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final String url;
    private final String user;
    private final String password;
    private final String version;
    private final String cluster;
    /** Databases to cut off instead of restarting the cluster ({@code SPORTELLO_IT_DB_RESTART=databases}); or none. */
    private final List<String> databases;

    private LocalPostgres(
            String url, String user, String password, String version, String cluster, List<String> databases) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.version = version;
        this.cluster = cluster;
        this.databases = databases;
    }

    /**
     * With {@code SPORTELLO_IT_DB_RESTART=databases}, a stand-in for the restart that leaves the rest of the cluster
     * alone (a benchmark on the same PostgreSQL): the named databases refuse new connections
     * ({@code ALLOW_CONNECTIONS false}) and their sessions are terminated, as a fast shutdown terminates them; then
     * they accept connections again. Keycloak's pools see the same broken connections and refused new ones.
     */
    public static LocalPostgres databasesOnly(List<String> jdbcUrls) {
        List<String> names = jdbcUrls.stream()
                .map(u -> URI.create(u.replaceFirst("^jdbc:", "")).getPath().substring(1))
                .distinct()
                .toList();
        return new LocalPostgres(
                env("KC_TEST_DATABASE_URL", ""),
                env("KC_TEST_DATABASE_USER", "postgres"),
                env("KC_TEST_DATABASE_PASSWORD", ""),
                "(databases " + String.join(", ", names) + " only)",
                null,
                names);
    }

    /**
     * The cluster of the test server's database (the framework's {@code KC_TEST_DATABASE_*} variables), or why there
     * is none this test may restart: another vendor, no database of its own, a server on another host, no cluster
     * tools here.
     */
    public static Optional<LocalPostgres> ofKeycloakDatabase(StringBuilder whyNot) {
        String url = env("KC_TEST_DATABASE_URL", "");
        if (!"remote".equals(env("KC_TEST_DATABASE", "")) || !"postgres".equals(env("KC_TEST_DATABASE_VENDOR", ""))) {
            whyNot.append("Keycloak's database is not a PostgreSQL server (KC_TEST_DATABASE=remote and"
                    + " KC_TEST_DATABASE_VENDOR=postgres are not both set)");
            return Optional.empty();
        }
        String host = URI.create(url.replaceFirst("^jdbc:", "")).getHost();
        if (host == null || !LOCAL_HOSTS.contains(host)) {
            whyNot.append("Keycloak's database is not on this machine: ").append(url);
            return Optional.empty();
        }
        Optional<String> version = newestClusterVersion();
        if (version.isEmpty() || !onPath("pg_ctlcluster")) {
            whyNot.append("no PostgreSQL cluster tools here (/etc/postgresql/<version>, pg_ctlcluster)");
            return Optional.empty();
        }
        int port = URI.create(url.replaceFirst("^jdbc:", "")).getPort();
        String[] cluster = clusterOnPort(port < 0 ? 5432 : port).orElse(new String[] {version.get(), "main"});
        return Optional.of(new LocalPostgres(
                url,
                env("KC_TEST_DATABASE_USER", "postgres"),
                env("KC_TEST_DATABASE_PASSWORD", ""),
                cluster[0],
                cluster[1],
                List.of()));
    }

    public String version() {
        return version;
    }

    /** Stops the cluster (Debian's default fast mode: open connections are terminated). */
    public void stop() throws SQLException {
        if (databases.isEmpty()) {
            cluster("stop");
            return;
        }
        try (Connection admin = adminConnection();
                java.sql.Statement s = admin.createStatement()) {
            for (String name : databases) {
                s.execute("alter database \"" + name + "\" allow_connections false");
            }
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname in ('"
                    + String.join("','", databases) + "') and pid <> pg_backend_pid()");
        }
    }

    public void start() throws SQLException {
        if (databases.isEmpty()) {
            cluster("start");
            return;
        }
        try (Connection admin = adminConnection();
                java.sql.Statement s = admin.createStatement()) {
            for (String name : databases) {
                s.execute("alter database \"" + name + "\" allow_connections true");
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        int slash = url.lastIndexOf('/');
        return DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
    }

    /** Waits until the server accepts a new connection and answers a query; the time it did. */
    public long awaitAccepting(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                c.createStatement().execute("select 1");
                return System.nanoTime();
            } catch (SQLException notYet) {
                last = notYet;
                Thread.sleep(100);
            }
        }
        throw new AssertionError("PostgreSQL " + version + " did not accept connections within " + atMost, last);
    }

    /** Whether the server answers now, asked once. */
    public boolean accepting() {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(5);
        } catch (SQLException down) {
            return false;
        }
    }

    private void cluster(String action) {
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action));
        try {
            File output = File.createTempFile("pg_ctlcluster-", ".log");
            output.deleteOnExit();
            // to a file, not a pipe: the server started may keep the pipe open as long as it runs
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + COMMAND_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "; the test needs root or password-less sudo for pg_ctlcluster): "
                        + Files.readString(output.toPath()).strip());
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), e);
        }
    }

    /** The newest cluster version, as .ci/run picks it ({@code ls /etc/postgresql | sort -V | tail -n 1}). */
    private static Optional<String> newestClusterVersion() {
        if (!Files.isDirectory(CLUSTERS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(CLUSTERS)) {
            return versions.filter(p -> Files.isDirectory(p.resolve("main")))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The version and name of the cluster listening on the port, as {@code pg_lsclusters} lists it. */
    private static Optional<String[]> clusterOnPort(int port) {
        try {
            Process process = new ProcessBuilder("pg_lsclusters", "--no-header")
                    .redirectErrorStream(true)
                    .start();
            String listing =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return listing.lines()
                    .map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 2 && columns[2].equals(Integer.toString(port)))
                    .map(columns -> new String[] {columns[0], columns[1]})
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(env("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
