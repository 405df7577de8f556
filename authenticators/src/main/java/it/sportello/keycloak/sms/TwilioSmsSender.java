package it.sportello.keycloak.sms;

import it.sportello.keycloak.mobile.MobileNumber;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code twilio} sender: Twilio's Messages API ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, a form with
 * {@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body}; basic authentication with the account SID and
 * the auth token from the realm's vault). Any gateway that speaks this API works with another {@code baseUrl}.
 */
final class TwilioSmsSender implements SmsSender {

    static final String PROVIDER = TwilioSmsSenderFactory.PROVIDER_ID;

    private final HttpClient client;
    private final TwilioSmsConfig config;
    private final SmsSecrets secrets;

    TwilioSmsSender(HttpClient client, TwilioSmsConfig config, SmsSecrets secrets) {
        this.client = client;
        this.config = config;
        this.secrets = secrets;
    }

    @Override
    public void send(MobileNumber to, String text) throws SmsDeliveryException {
        String sid = config.accountSid().orElseThrow(this::notConfigured);
        String from = config.from().orElseThrow(this::notConfigured);
        String token = secrets.secret(PROVIDER, config.authTokenVaultKey());
        String body = form("To", to.e164())
                + "&" + form(config.fromIsMessagingService() ? "MessagingServiceSid" : "From", from)
                + "&" + form("Body", text);
        String credentials = Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(config.baseUrl() + "/2010-04-01/Accounts/" + sid + "/Messages.json"))
                .timeout(config.timeouts().readTimeout())
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        SmsHttpCall.send(client, PROVIDER, request);
    }

    private SmsDeliveryException notConfigured() {
        return new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.NOT_CONFIGURED, 0);
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
