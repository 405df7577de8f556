package it.sportello.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.Server;

/**
 * An H2 CRM served over TCP by the test JVM, so that Keycloak (another process) and the tests share it, and so that
 * a test can take the CRM down and bring it back. Starts empty once per JVM; Sportello's demo changelog fills it.
 */
public final class H2CrmServer {

    static final int PORT = 19092;
    private static final Path BASE_DIR = Path.of("target", "crm-h2").toAbsolutePath();
    private static Server server;

    private H2CrmServer() {}

    public static synchronized CrmDatabase database() {
        if (server == null) {
            deleteRecursively(BASE_DIR);
            start();
        }
        return new CrmDatabase("h2", "jdbc:h2:tcp://localhost:" + PORT + "/crm", "sa", "sa");
    }

    /** Takes the CRM down: every connection Keycloak holds breaks, new ones are refused. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Brings the CRM back with its data. */
    public static synchronized void start() {
        try {
            server = Server.createTcpServer(
                            "-tcpPort", Integer.toString(PORT), "-ifNotExists", "-baseDir", BASE_DIR.toString())
                    .start();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start the H2 CRM on port " + PORT, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
