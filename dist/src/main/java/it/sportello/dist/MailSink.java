package it.sportello.dist;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's mail server: GreenMail accepts every mail Keycloak sends on a local SMTP port, and a small web page lists
 * them, newest first, so the demo's activation, reset and notification mails can be read and their links followed.
 * Both listen on the loopback interface only.
 */
final class MailSink {

    private static final Pattern MAIL_PATH = Pattern.compile("/mail/(\\d{1,9})(/html)?");
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    // a mail's own HTML: no script, no plugin, a unique origin, only inline styles and inline images
    private static final String MAIL_HTML_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final GreenMail smtp;
    private final HttpServer web;

    private MailSink(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    static MailSink start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
            MailSink sink = new MailSink(smtp, web);
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
            List<MailView> mails = mails();
            if (path.equals("/")) {
                List<MailView> newestFirst = new ArrayList<>(mails);
                Collections.reverse(newestFirst);
                send(exchange, 200, PAGE_POLICY, MailPages.list(newestFirst));
            } else if (mailPath.matches() && Integer.parseInt(mailPath.group(1)) < mails.size()) {
                MailView mail = mails.get(Integer.parseInt(mailPath.group(1)));
                if (mailPath.group(2) == null) {
                    send(exchange, 200, PAGE_POLICY, MailPages.detail(mail));
                } else if (mail.html() != null) {
                    send(exchange, 200, MAIL_HTML_POLICY, mail.html());
                } else {
                    send(exchange, 404, PAGE_POLICY, MailPages.notFound());
                }
            } else {
                send(exchange, 404, PAGE_POLICY, MailPages.notFound());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String policy, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Received mails in arrival order; a mail's id is its position in this list. */
    private List<MailView> mails() {
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MailView> mails = new ArrayList<>(received.length);
        for (int i = 0; i < received.length; i++) {
            mails.add(MailView.of(i, received[i]));
        }
        return mails;
    }
}
