package it.sportello.it.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cluster's one public address, as in production: a TCP load balancer on 127.0.0.1 that hands each new connection
 * to the first node that accepts it (node A while it runs, else node B), as a balancer does once its health check
 * marks a node down. The bytes pass untouched, so both nodes see the balancer's {@code Host} and derive the same URLs
 * (issuer, links in mails) from it. A node's death closes the connections it served.
 */
final class Balancer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> nodePorts;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "cluster-balancer");
        thread.setDaemon(true);
        return thread;
    });

    Balancer(int port, List<Integer> nodePorts) throws IOException {
        this.nodePorts = List.copyOf(nodePorts);
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> forward(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forward(Socket client) {
        Socket node = connect();
        if (node == null) {
            close(client);
            return;
        }
        threads.execute(() -> pump(client, node));
        pump(node, client);
    }

    private Socket connect() {
        for (int port : nodePorts) {
            Socket node = new Socket();
            try {
                node.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return node;
            } catch (IOException down) {
                close(node);
            }
        }
        return null;
    }

    /** Copies one direction; when it ends (either side closed or died), both sockets close. */
    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException ended) {
            // the other side closed or died
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
