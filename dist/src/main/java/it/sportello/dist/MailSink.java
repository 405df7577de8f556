package it.sportello.dist;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's mail server: GreenMail accepts every mail Keycloak sends on a local SMTP port, and a small web page lists
 * them, newest first, so the demo's activation, reset and notification mails can be read and their links followed.
 */
final class MailSink {

    private final GreenMail smtp;
    private final HttpServer web;

    private MailSink(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    static MailSink start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        MailSink sink = new MailSink(smtp, web);
        web.createContext("/", sink::handle);
        web.start();
        return sink;
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<MailView> mails = mails();
            String path = exchange.getRequestURI().getPath();
            String html;
            int status = 200;
            if (path.equals("/")) {
                html = MailPages.list(mails);
            } else if (path.matches("/mail/\\d{1,9}") && Integer.parseInt(path.substring(6)) < mails.size()) {
                html = MailPages.detail(mails.get(Integer.parseInt(path.substring(6))));
            } else {
                html = MailPages.notFound();
                status = 404;
            }
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders()
                    .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Received mails, newest first; the index is the position in this list. */
    private List<MailView> mails() {
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MailView> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            mails.add(view(received.length - 1 - i, received[i]));
        }
        return mails;
    }

    private static MailView view(int index, MimeMessage message) {
        try {
            return new MailView(
                    index,
                    String.valueOf(message.getSentDate()),
                    GreenMailUtil.getAddressList(message.getFrom()),
                    GreenMailUtil.getAddressList(message.getAllRecipients()),
                    message.getSubject(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            return new MailView(index, "", "", "", "(unreadable message)", e.getMessage());
        }
    }
}
