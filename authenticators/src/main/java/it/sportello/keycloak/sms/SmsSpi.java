package it.sportello.keycloak.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Registers the {@code sportello-sms} SPI: the SMS gateway, configured with
 * {@code --spi-sportello-sms--provider=<id>} and {@code --spi-sportello-sms--<id>--<option>=...} (docs/providers.md).
 */
public final class SmsSpi implements Spi {

    public static final String NAME = "sportello-sms";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsSenderFactory.class;
    }
}
