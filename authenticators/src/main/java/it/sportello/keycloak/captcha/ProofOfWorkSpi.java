package it.sportello.keycloak.captcha;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Registers the {@code sportello-captcha} SPI, so its providers are configured with
 * {@code --spi-sportello-captcha--<provider>--<option>=...}. It exists for those server options (the proof-of-work
 * secret and difficulty) and so that an operator can replace the check without touching the forms.
 */
public final class ProofOfWorkSpi implements Spi {

    public static final String NAME = "sportello-captcha";

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
        return ProofOfWorkService.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ProofOfWorkServiceFactory.class;
    }
}
