package it.sportello.keycloak.sms;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The {@code dev} sender ({@link DevSmsSender}). It is still the SPI's default provider (highest order), but it sends
 * only when the server chose it by name ({@code --spi-sportello-sms--provider=dev}, as the demo does): a server where
 * nobody chose a sender has no SMS at all, so the reset form offers none and no code goes to a mail domain.
 */
public final class DevSmsSenderFactory implements SmsSenderFactory {

    public static final String PROVIDER_ID = "dev";

    private static final Logger LOG = Logger.getLogger(DevSmsSenderFactory.class);

    private DevSmsConfig config = new DevSmsConfig(key -> null);
    private boolean chosen;

    @Override
    public SmsSender create(KeycloakSession session) {
        return new DevSmsSender(session, config, chosen);
    }

    @Override
    public void init(Config.Scope scope) {
        config = new DevSmsConfig(scope::get);
        chosen = chosenByName(Config.getProvider(SmsSpi.NAME));
        if (!chosen) {
            LOG.infof("sportello-sms: no sender chosen (--spi-%s--provider); SMS codes are not offered", SmsSpi.NAME);
        }
    }

    /** Whether the server's {@code --spi-sportello-sms--provider} names this sender. */
    static boolean chosenByName(String configuredProvider) {
        return configuredProvider != null && PROVIDER_ID.equals(configuredProvider.strip());
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
