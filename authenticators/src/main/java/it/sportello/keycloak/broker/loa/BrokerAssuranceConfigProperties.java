package it.sportello.keycloak.broker.loa;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Settings of the assurance step (its execution's config in the admin console). */
final class BrokerAssuranceConfigProperties {

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(BrokerAssuranceConfig.LEVELS)
            .label("Levels of assurance")
            .type(ProviderConfigProperty.TEXT_TYPE)
            .helpText("One 'reference = level' a line: the identity provider's SAML AuthnContextClassRef or OpenID"
                    + " Connect acr value, and the level of assurance (0 to 9) it stands for. The same numbers as the"
                    + " clients' ACR to LoA mapping. Blank: the SPID levels 1 to 3 and the eIDAS levels.")
            .defaultValue(AssuranceLevels.DEFAULT_TEXT)
            .add()
            .property()
            .name(BrokerAssuranceConfig.SESSION_NOTE)
            .label("User session note")
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("User session note that keeps the identity provider's reference as it came, for a User Session"
                    + " Note token mapper.")
            .defaultValue(BrokerAssuranceConfig.DEFAULT_SESSION_NOTE)
            .add()
            .build();

    private BrokerAssuranceConfigProperties() {}
}
