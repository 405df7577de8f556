package it.sportello.keycloak.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.sportello.keycloak.mobile.MobileNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Twilio-compatible sender against a local fake of the Messages API. */
class TwilioSmsSenderTest {

    static final String SID = "AC0123456789abcdef";
    static final String TOKEN = "twilio-auth-t0ken";
    static final String PATH = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    static final MobileNumber TO = MobileNumber.parse("333 1234567").orElseThrow();

    private WireMockServer gateway;
    private final Map<String, String> options = new HashMap<>();

    @BeforeEach
    void start() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
        options.put(TwilioSmsConfig.BASE_URL, gateway.baseUrl());
        options.put(TwilioSmsConfig.ACCOUNT_SID, SID);
        options.put(TwilioSmsConfig.FROM, "+15005550006");
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private TwilioSmsSender sender() {
        TwilioSmsConfig config = new TwilioSmsConfig(options::get);
        return new TwilioSmsSender(
                SmsHttpCall.client(config.timeouts().connectTimeout()),
                config,
                new SmsSecrets(key -> TwilioSmsConfig.DEFAULT_AUTH_TOKEN_VAULT_KEY.equals(key)
                        ? Optional.of(TOKEN)
                        : Optional.empty()));
    }

    @Test
    void sendPostsTheFormWithBasicAuthFromTheVault() throws Exception {
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}")));

        sender().send(TO, "Codice: 123456");

        String basic = Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        gateway.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(equalTo("To=%2B393331234567&From=%2B15005550006&Body=Codice%3A+123456")));
    }

    @Test
    void messagingServiceSidGoesInItsOwnField() throws Exception {
        options.put(TwilioSmsConfig.FROM, "MG0123456789");
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(201)));

        sender().send(TO, "x");

        gateway.verify(
                postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("MessagingServiceSid=MG0123456789")));
    }

    @Test
    void wrongCredentialsAreRejected() {
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"" + TOKEN + "\"}")));

        assertThatThrownBy(() -> sender().send(TO, "Codice: 123456"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SmsDeliveryException.Reason.REJECTED);
                    assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(SID);
                    HttpSmsSenderTest.assertNoSecret(e);
                });
    }

    @Test
    void serverErrorAndTimeoutAreTyped() {
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> sender().send(TO, "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.GATEWAY_ERROR));

        options.put(HttpSmsConfig.READ_TIMEOUT_MILLIS, "1000");
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withFixedDelay(3_000)));
        assertThatThrownBy(() -> sender().send(TO, "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.TIMEOUT));
    }

    @Test
    void withoutTokenInTheVaultNothingIsSent() {
        options.put(TwilioSmsConfig.AUTH_TOKEN_VAULT_KEY, "other_key");

        assertThatThrownBy(() -> sender().send(TO, "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.NOT_CONFIGURED));
        assertThat(gateway.getAllServeEvents()).isEmpty();
    }
}
