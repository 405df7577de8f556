package it.sportello.keycloak.crm;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Registers the {@code customer-directory} SPI, so its providers are configured with
 * {@code --spi-customer-directory--<provider>--<option>=...}.
 */
public final class CustomerDirectorySpi implements Spi {

    public static final String NAME = "customer-directory";

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
        return CustomerDirectory.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CustomerDirectoryFactory.class;
    }
}
