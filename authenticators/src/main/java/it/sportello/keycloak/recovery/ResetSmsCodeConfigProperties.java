package it.sportello.keycloak.recovery;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The SMS code step's settings in the admin console; defaults live in {@link ResetSmsCodeConfig}. */
final class ResetSmsCodeConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(ResetSmsCodeConfig.MIN_RESPONSE_MILLIS)
            .label(RecoveryMessages.CONFIG_SMS_MIN_RESPONSE)
            .helpText(RecoveryMessages.CONFIG_SMS_MIN_RESPONSE_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetSmsCodeConfig.DEFAULT_MIN_RESPONSE_MILLIS))
            .add()
            .property()
            .name(ResetSmsCodeConfig.LIFETIME_MINUTES)
            .label(RecoveryMessages.CONFIG_SMS_LIFETIME)
            .helpText(RecoveryMessages.CONFIG_SMS_LIFETIME_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetSmsCodeConfig.DEFAULT_LIFETIME_MINUTES))
            .add()
            .property()
            .name(ResetSmsCodeConfig.MAX_TRIES)
            .label(RecoveryMessages.CONFIG_SMS_MAX_TRIES)
            .helpText(RecoveryMessages.CONFIG_SMS_MAX_TRIES_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetSmsCodeConfig.DEFAULT_MAX_TRIES))
            .add()
            .property()
            .name(ResetSmsCodeConfig.CODES_PER_HOUR)
            .label(RecoveryMessages.CONFIG_SMS_PER_HOUR)
            .helpText(RecoveryMessages.CONFIG_SMS_PER_HOUR_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetSmsCodeConfig.DEFAULT_CODES_PER_HOUR))
            .add()
            .build();

    private ResetSmsCodeConfigProperties() {}
}
