package it.sportello.keycloak.crm.federation;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Settings of the CRM federation component as the admin console shows them; labels and help are message keys. */
final class CrmFederationConfigProperties {

    static final List<ProviderConfigProperty> LIST = ProviderConfigurationBuilder.create()
            .property()
            .name(CrmFederationConfig.WRITE_BACK)
            .label("sportelloCrmWriteBack")
            .helpText("sportelloCrmWriteBackHelp")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue(Boolean.toString(CrmFederationConfig.DEFAULT_WRITE_BACK))
            .add()
            .property()
            .name(CrmFederationConfig.MAX_SEARCH_RESULTS)
            .label("sportelloCrmMaxSearchResults")
            .helpText("sportelloCrmMaxSearchResultsHelp")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(Integer.toString(CrmFederationConfig.DEFAULT_MAX_SEARCH_RESULTS))
            .add()
            .build();

    private CrmFederationConfigProperties() {}
}
