package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mail sink over its real SMTP port and its real web port, as the demo runs it. */
class MailSinkTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private int smtpPort;
    private int webPort;
    private MailSink sink;

    @BeforeEach
    void start() throws IOException {
        smtpPort = freePort();
        webPort = freePort();
        sink = MailSink.start(smtpPort, webPort);
    }

    @AfterEach
    void stop() {
        sink.stop();
    }

    @Test
    void apiListsEveryMailNewestFirstAcrossRecipientsWithIdsThatDoNotShift() throws Exception {
        send("zeta@example.com", "Activation for zeta");
        send("alfa@example.com", "Reset for alfa");
        HttpResponse<String> before = get("/api/mails/1");
        send("zeta@example.com", "Notice for zeta");

        HttpResponse<String> list = get("/api/mails");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
        String body = list.body();
        assertThat(body).startsWith("[{\"id\":3,").contains("\"subject\":\"Notice for zeta\"");
        assertThat(body.indexOf("\"id\":3")).isLessThan(body.indexOf("\"id\":2"));
        assertThat(body.indexOf("\"id\":2")).isLessThan(body.indexOf("\"id\":1"));
        assertThat(body)
                .contains("\"id\":2,\"received\":\"")
                .contains("\"from\":\"noreply@sportello.example\",\"to\":\"alfa@example.com\"")
                .contains("\"subject\":\"Reset for alfa\",\"text\":\"Body of Reset for alfa\"");
        assertThat(get("/api/mails/1").body()).isEqualTo(before.body()).contains("Activation for zeta");
    }

    @Test
    void apiWhenUnknownIdThenProblem404() throws Exception {
        send("a@example.com", "Only one");

        HttpResponse<String> missing = get("/api/mails/2");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/api/mails/x").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesListNewestFirstAndLinkEachMailByItsId() throws Exception {
        send("b@example.com", "Older");
        send("a@example.com", "Newer");

        String list = get("/").body();

        assertThat(list.indexOf("href=\"/mail/2\">Newer"))
                .isPositive()
                .isLessThan(list.indexOf("href=\"/mail/1\">Older"));
        assertThat(get("/mail/1").body()).contains("<h1>Older</h1>");
        assertThat(get("/mail/3").statusCode()).isEqualTo(404);
    }

    private void send(String to, String subject) {
        GreenMailUtil.sendTextEmail(
                to,
                "noreply@sportello.example",
                subject,
                "Body of " + subject,
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + path))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
