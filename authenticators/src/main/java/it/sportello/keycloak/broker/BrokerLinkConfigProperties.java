package it.sportello.keycloak.broker;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Admin-console settings of the broker link step; keys and defaults come from {@link BrokerLinkConfig}. */
final class BrokerLinkConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(BrokerLinkConfig.TAX_ID_ATTRIBUTE)
            .label("sportelloBrokerConfigTaxIdAttribute")
            .helpText("sportelloBrokerConfigTaxIdAttributeHelp")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(BrokerLinkConfig.DEFAULT_TAX_ID_ATTRIBUTE)
            .add()
            .property()
            .name(BrokerLinkConfig.TAX_ID_PREFIX)
            .label("sportelloBrokerConfigTaxIdPrefix")
            .helpText("sportelloBrokerConfigTaxIdPrefixHelp")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(BrokerLinkConfig.DEFAULT_TAX_ID_PREFIX)
            .add()
            .build();

    private BrokerLinkConfigProperties() {}
}
