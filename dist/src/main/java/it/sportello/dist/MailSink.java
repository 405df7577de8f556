package it.sportello.dist;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's mail server: GreenMail accepts every mail Keycloak sends on a local SMTP port, {@link MailLog} numbers
 * each one on arrival, and a small web server lists them, newest first across all recipients, as pages and as JSON
 * ({@code /api/mails}, {@code /api/mails/{id}}), so the demo's activation, reset and notification mails can be read
 * and their links followed. Both listen on the loopback interface only.
 */
final class MailSink {

    private static final Pattern MAIL_PATH = Pattern.compile("/mail/(\\d{1,9})(/html)?");
    private static final Pattern API_MAIL_PATH = Pattern.compile("/api/mails/(\\d{1,9})");
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String JSON_POLICY = "default-src 'none'";
    // a mail's own HTML: no script, no plugin, a unique origin, only inline styles and inline images
    private static final String MAIL_HTML_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private final GreenMail smtp;
    private final HttpServer web;
    private final MailLog log;

    private MailSink(GreenMail smtp, HttpServer web, MailLog log) {
        this.smtp = smtp;
        this.web = web;
        this.log = log;
    }

    static MailSink start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MailLog log = new MailLog(Clock.systemUTC());
        smtp.start();
        // every delivery passes here first: the mail is numbered when it arrives, whoever it is for
        UserManager users = smtp.getUserManager();
        MessageDeliveryHandler mailbox = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            log.received(message.getMessage());
            return mailbox.handle(message, address);
        });
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
            MailSink sink = new MailSink(smtp, web, log);
            web.createContext("/", sink::handle);
            web.start();
            return sink;
        } catch (IOException e) {
            smtp.stop();
            throw new IOException("Cannot open the mail viewer on port " + webPort + ": " + e.getMessage(), e);
        }
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher mailPath = MAIL_PATH.matcher(path);
            Matcher apiMailPath = API_MAIL_PATH.matcher(path);
            if (path.equals("/")) {
                send(exchange, 200, HTML, PAGE_POLICY, MailPages.list(log.newestFirst()));
            } else if (path.equals("/api/mails")) {
                send(exchange, 200, JSON, JSON_POLICY, MailJson.list(log.newestFirst()));
            } else if (apiMailPath.matches()) {
                Optional<MailView> mail = log.byId(Integer.parseInt(apiMailPath.group(1)));
                if (mail.isPresent()) {
                    send(exchange, 200, JSON, JSON_POLICY, MailJson.one(mail.get()));
                } else {
                    send(exchange, 404, "application/problem+json", JSON_POLICY, MailJson.notFound());
                }
            } else if (mailPath.matches()) {
                page(exchange, log.byId(Integer.parseInt(mailPath.group(1))), mailPath.group(2) != null);
            } else {
                send(exchange, 404, HTML, PAGE_POLICY, MailPages.notFound());
            }
        }
    }

    private static void page(HttpExchange exchange, Optional<MailView> mail, boolean renderedHtml) throws IOException {
        if (mail.isEmpty() || (renderedHtml && mail.get().html() == null)) {
            send(exchange, 404, HTML, PAGE_POLICY, MailPages.notFound());
        } else if (renderedHtml) {
            send(exchange, 200, HTML, MAIL_HTML_POLICY, mail.get().html());
        } else {
            send(exchange, 200, HTML, PAGE_POLICY, MailPages.detail(mail.get()));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String policy, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
