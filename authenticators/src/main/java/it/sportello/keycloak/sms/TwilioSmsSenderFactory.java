package it.sportello.keycloak.sms;

import java.net.http.HttpClient;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** The Twilio-compatible {@code twilio} sender ({@link TwilioSmsSender}); one HTTP client per node, made at start. */
public final class TwilioSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "twilio";

    private TwilioSmsConfig config = new TwilioSmsConfig(key -> null);
    private HttpClient client;

    @Override
    public SmsSender create(KeycloakSession session) {
        return new TwilioSmsSender(client, config, SmsSecrets.of(session));
    }

    @Override
    public void init(Config.Scope scope) {
        config = new TwilioSmsConfig(scope::get);
        client = SmsHttpCall.client(config.timeouts().connectTimeout());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SmsConfigProperties.TWILIO;
    }
}
