package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link ClaimVerifyAuthenticator}, the first step of the registration (claiming) flow. */
public final class ClaimVerifyAuthenticatorFactory extends ClaimStepFactory {

    public static final String PROVIDER_ID = "sportello-claim-verify";

    @Override
    Authenticator create(CustomerDirectory directory) {
        return new ClaimVerifyAuthenticator(directory);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello claim: verify customer code, tax ID and an invoice number";
    }

    @Override
    public String getHelpText() {
        return "Asks the customer code, the tax ID and (proof of possession) the number of a recent invoice, and checks them against the CRM.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ClaimVerifyConfigProperties.ALL;
    }
}
