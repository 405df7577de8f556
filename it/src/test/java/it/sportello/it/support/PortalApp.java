package it.sportello.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the portal web app at http://localhost:3000, the redirect URI of the realm's portal-web client: the
 * browser lands on a real page (a refused connection makes Chromium retry the redirect chain, which replays
 * single-use links). Tests read the authorization code from the URL.
 */
final class PortalApp {

    private static HttpServer server;

    private PortalApp() {}

    static synchronized void ensureRunning() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 3000), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Port 3000 is taken; the portal stand-in needs it", e);
        }
        server.createContext("/", exchange -> {
            byte[] body =
                    "<!DOCTYPE html><title>Portal</title><p id=\"portal\">Portal</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
