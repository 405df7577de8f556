package it.sportello.keycloak.broker;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers {@link BrokerLinkAuthenticator}, the first step of the "sportello first broker login" flow: an ALTERNATIVE
 * before Keycloak's "handle existing account" sub-flow, which runs when this step hands a claimed account over.
 */
public final class BrokerLinkAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-broker-link";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.ALTERNATIVE,
        AuthenticationExecutionModel.Requirement.REQUIRED,
        AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return new BrokerLinkAuthenticator(session.getProvider(CustomerDirectory.class));
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello broker: link to the CRM customer";
    }

    @Override
    public String getHelpText() {
        return "First broker login: finds the CRM customer files of the tax ID the identity provider asserted and links"
                + " the brokered identity to the customer's account; an account with portal access goes to Keycloak's"
                + " confirmation steps.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return BrokerLinkConfigProperties.ALL;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
