package it.sportello.keycloak.taxid;

import java.util.Arrays;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Options of {@code sportello-tax-id} as the admin console shows them; label and help are message keys. */
final class TaxIdValidatorConfigProperties {

    static final List<ProviderConfigProperty> LIST = List.copyOf(ProviderConfigurationBuilder.create()
            .property()
            .name(TaxIdValidatorConfig.KINDS)
            .label(TaxIdMessages.VALIDATOR_KINDS)
            .helpText(TaxIdMessages.VALIDATOR_KINDS_HELP)
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(Arrays.stream(AcceptedTaxIdKinds.values())
                    .map(AcceptedTaxIdKinds::configValue)
                    .toList())
            .defaultValue(TaxIdValidatorConfig.DEFAULT_KINDS.configValue())
            .add()
            .build());

    private TaxIdValidatorConfigProperties() {}
}
