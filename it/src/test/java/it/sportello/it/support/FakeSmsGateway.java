package it.sportello.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS gateway the suite's server sends to (its {@code http} sender, pointed at this port and path): a WireMock
 * server that answers as told and keeps what it got.
 */
public final class FakeSmsGateway {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final WireMockServer server;
    private final String path;

    private FakeSmsGateway(WireMockServer server, String path) {
        this.server = server;
        this.path = path;
    }

    public static FakeSmsGateway start(int port, String path) {
        WireMockServer server = new WireMockServer(wireMockConfig().port(port));
        server.start();
        return new FakeSmsGateway(server, path);
    }

    public void stop() {
        server.stop();
    }

    /** Forgets every SMS received and accepts the next ones (202). */
    public void reset() {
        server.resetAll();
        answer(202);
    }

    /** Answers every next SMS with this status. */
    public void answer(int status) {
        server.stubFor(post(path).willReturn(aResponse().withStatus(status)));
    }

    /** Every SMS received since the last {@link #reset()}, oldest first. */
    public List<LoggedRequest> sent() {
        return server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** The SMS received with this bearer token, oldest first. */
    public List<LoggedRequest> sentWithBearer(String token) {
        return server.findAll(
                postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + token)));
    }

    /** The 6-digit code an SMS carries. */
    public static String code(LoggedRequest sms) {
        Matcher matcher = CODE.matcher(sms.getBodyAsString());
        assertThat(matcher.find()).as("a 6-digit code in the SMS").isTrue();
        return matcher.group(1);
    }
}
