package it.sportello.keycloak.sms;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The {@code dev} sender ({@link DevSmsSender}): the default when no {@code --spi-sportello-sms--provider} is set, so the
 * demo works out of the box; production sets {@code http} or {@code twilio}.
 */
public final class DevSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "dev";

    private DevSmsConfig config = new DevSmsConfig(key -> null);

    @Override
    public SmsSender create(KeycloakSession session) {
        return new DevSmsSender(session, config);
    }

    @Override
    public void init(Config.Scope scope) {
        config = new DevSmsConfig(scope::get);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Highest of the three: the default provider of the SPI. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SmsConfigProperties.DEV;
    }
}
