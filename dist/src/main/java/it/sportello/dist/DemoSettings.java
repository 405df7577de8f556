package it.sportello.dist;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the demo runs: the Keycloak folder prepared by the build and the local ports, each overridable with a system
 * property ({@code -Dsportello.http.port=18080}) for developers who already use the defaults.
 */
record DemoSettings(Path keycloakHome, int httpPort, int managementPort, int smtpPort, int mailViewerPort) {

    static DemoSettings fromSystemProperties() {
        String home = System.getProperty("sportello.keycloak.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("sportello.keycloak.home is not set: run the demo with mvn -Prun");
        }
        return new DemoSettings(
                Path.of(home).toAbsolutePath(),
                port("sportello.http.port", 8080),
                port("sportello.management.port", 9000),
                port("sportello.smtp.port", 2525),
                port("sportello.mailviewer.port", 8025));
    }

    /**
     * Fails with a clear message when a port is taken, typically by another Keycloak: otherwise that server could
     * answer the readiness check in place of the demo's.
     */
    void requirePortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("sportello.http.port", httpPort);
        ports.put("sportello.management.port", managementPort);
        ports.put("sportello.smtp.port", smtpPort);
        ports.put("sportello.mailviewer.port", mailViewerPort);
        ports.forEach((property, port) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Port " + port + " is in use: stop what uses it or choose another with -D" + property + "=...");
            }
        });
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    private static int port(String property, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a port number, not " + value);
        }
    }
}
