package it.sportello.keycloak.sms;

import org.keycloak.provider.ProviderFactory;

/** Factories of the {@code sportello-sms} SPI's providers. */
public interface SmsSenderFactory extends ProviderFactory<SmsSender> {}
