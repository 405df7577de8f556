package it.sportello.keycloak.ratelimit;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Registers the {@code sportello-rate-limit} SPI, so its providers are configured with
 * {@code --spi-sportello-rate-limit--<provider>--<option>=...}.
 */
public final class RateLimiterSpi implements Spi {

    public static final String NAME = "sportello-rate-limit";

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
        return RateLimiter.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return RateLimiterFactory.class;
    }
}
