package it.sportello.keycloak.recovery;

import java.util.Arrays;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Admin-console settings of the choose-user step; keys and defaults come from {@link ResetChooseUserConfig}. */
final class ResetChooseUserConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(ResetChooseUserConfig.MIN_RESPONSE_MILLIS)
            .label(RecoveryMessages.CONFIG_MIN_RESPONSE)
            .helpText(RecoveryMessages.CONFIG_MIN_RESPONSE_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetChooseUserConfig.DEFAULT_MIN_RESPONSE_MILLIS))
            .add()
            .property()
            .name(ResetChooseUserConfig.IP_LIMIT)
            .label(RecoveryMessages.CONFIG_IP_LIMIT)
            .helpText(RecoveryMessages.CONFIG_IP_LIMIT_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetChooseUserConfig.DEFAULT_IP_LIMIT))
            .add()
            .property()
            .name(ResetChooseUserConfig.IP_WINDOW_MINUTES)
            .label(RecoveryMessages.CONFIG_IP_WINDOW)
            .helpText(RecoveryMessages.CONFIG_IP_WINDOW_HELP)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ResetChooseUserConfig.DEFAULT_IP_WINDOW_MINUTES))
            .add()
            .property()
            .name(ResetChooseUserConfig.GATE)
            .label(RecoveryMessages.CONFIG_GATE)
            .helpText(RecoveryMessages.CONFIG_GATE_HELP)
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(Arrays.stream(PrequalificationScope.values())
                    .map(PrequalificationScope::configValue)
                    .toList())
            .defaultValue(ResetChooseUserConfig.DEFAULT_GATE.configValue())
            .add()
            .property()
            .name(ResetChooseUserConfig.SOURCE)
            .label(RecoveryMessages.CONFIG_SOURCE)
            .helpText(RecoveryMessages.CONFIG_SOURCE_HELP)
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(Arrays.stream(PrequalificationSource.values())
                    .map(PrequalificationSource::configValue)
                    .toList())
            .defaultValue(ResetChooseUserConfig.DEFAULT_SOURCE.configValue())
            .add()
            .property()
            .name(ResetChooseUserConfig.PREQUALIFIED_ATTRIBUTE)
            .label(RecoveryMessages.CONFIG_PREQUALIFIED_ATTRIBUTE)
            .helpText(RecoveryMessages.CONFIG_PREQUALIFIED_ATTRIBUTE_HELP)
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(ResetChooseUserConfig.DEFAULT_PREQUALIFIED_ATTRIBUTE)
            .add()
            .property()
            .name(ResetChooseUserConfig.SUPPLIER_ATTRIBUTE)
            .label(RecoveryMessages.CONFIG_SUPPLIER_ATTRIBUTE)
            .helpText(RecoveryMessages.CONFIG_SUPPLIER_ATTRIBUTE_HELP)
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(ResetChooseUserConfig.DEFAULT_SUPPLIER_ATTRIBUTE)
            .add()
            .build();

    private ResetChooseUserConfigProperties() {}
}
