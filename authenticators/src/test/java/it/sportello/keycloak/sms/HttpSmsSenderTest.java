package it.sportello.keycloak.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.sportello.keycloak.mobile.MobileNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic HTTP sender against a local fake gateway: what it sends, and how each failure is reported. */
class HttpSmsSenderTest {

    static final String TOKEN = "gateway-token-s3cret";
    static final MobileNumber TO = MobileNumber.parse("+393331234567").orElseThrow();
    static final String TEXT = "Codice \"Sportello\": 123456";

    private WireMockServer gateway;
    private final Map<String, String> options = new HashMap<>();

    @BeforeEach
    void start() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
        options.put(HttpSmsConfig.URL, gateway.baseUrl() + "/send");
        options.put(HttpSmsConfig.HEADERS, "Authorization: Bearer ${vault.sms_token}, X-Tenant: sportello");
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private HttpSmsSender sender() {
        HttpSmsConfig config = new HttpSmsConfig(options::get);
        return new HttpSmsSender(
                SmsHttpCall.client(config.connectTimeout()),
                config,
                new SmsSecrets(key -> "sms_token".equals(key) ? Optional.of(TOKEN) : Optional.empty()));
    }

    @Test
    void sendPostsTheJsonBodyWithTheVaultTokenInItsHeader() throws Exception {
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(202)));

        sender().send(TO, TEXT);

        gateway.verify(postRequestedFor(urlEqualTo("/send"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Tenant", equalTo("sportello"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(
                        equalToJson("{\"to\":\"+393331234567\",\"text\":\"" + TEXT.replace("\"", "\\\"") + "\"}")));
    }

    @Test
    void formBodyTemplateIsUrlEncoded() throws Exception {
        options.put(HttpSmsConfig.CONTENT_TYPE, "application/x-www-form-urlencoded");
        options.put(HttpSmsConfig.BODY_TEMPLATE, "key=${vault.sms_token}&dest={{digits}}&msg={{text}}");
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(200)));

        sender().send(TO, "a&b=c");

        gateway.verify(postRequestedFor(urlEqualTo("/send"))
                .withRequestBody(equalTo("key=" + TOKEN + "&dest=393331234567&msg=a%26b%3Dc")));
    }

    @Test
    void vaultReferenceInBracesFitsAServerOption() throws Exception {
        options.put(HttpSmsConfig.HEADERS, "Authorization: Bearer {{vault.sms_token}}");
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(200)));

        sender().send(TO, TEXT);

        gateway.verify(postRequestedFor(urlEqualTo("/send")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void clientErrorIsRejectedWithoutTheGatewaysAnswer() {
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(401).withBody("bad token " + TOKEN)));

        assertThatThrownBy(() -> sender().send(TO, TEXT)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.reason()).isEqualTo(SmsDeliveryException.Reason.REJECTED);
            assertThat(e.status()).isEqualTo(401);
            assertNoSecret(e);
        });
    }

    @Test
    void serverErrorIsAGatewayError() {
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> sender().send(TO, TEXT)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.reason()).isEqualTo(SmsDeliveryException.Reason.GATEWAY_ERROR);
            assertThat(e.status()).isEqualTo(503);
            assertNoSecret(e);
        });
    }

    @Test
    void slowGatewayIsATimeout() {
        options.put(HttpSmsConfig.READ_TIMEOUT_MILLIS, "1000");
        gateway.stubFor(post("/send").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        assertThatThrownBy(() -> sender().send(TO, TEXT)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.reason()).isEqualTo(SmsDeliveryException.Reason.TIMEOUT);
            assertNoSecret(e);
        });
    }

    @Test
    void closedPortIsUnreachable() {
        int port = gateway.port();
        gateway.stop();
        options.put(HttpSmsConfig.URL, "http://localhost:" + port + "/send?key=${vault.sms_token}");

        assertThatThrownBy(() -> sender().send(TO, TEXT)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.reason()).isEqualTo(SmsDeliveryException.Reason.UNREACHABLE);
            assertNoSecret(e);
        });
    }

    @Test
    void missingVaultEntryOrUrlIsNotConfigured() {
        options.put(HttpSmsConfig.HEADERS, "Authorization: Bearer ${vault.absent}");
        assertThatThrownBy(() -> sender().send(TO, TEXT))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.NOT_CONFIGURED));

        options.remove(HttpSmsConfig.URL);
        assertThatThrownBy(() -> sender().send(TO, TEXT))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.NOT_CONFIGURED));
        assertThat(gateway.getAllServeEvents()).isEmpty();
    }

    static void assertNoSecret(SmsDeliveryException e) {
        assertThat(e.getMessage())
                .doesNotContain(TOKEN)
                .doesNotContain("3331234567")
                .doesNotContain("123456");
        assertThat(e.getCause()).isNull();
        assertThat(e.getSuppressed()).isEmpty();
    }
}
