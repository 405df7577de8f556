package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link ClaimCompleteAuthenticator}, the last step of the registration (claiming) flow. */
public final class ClaimCompleteAuthenticatorFactory extends ClaimStepFactory {

    public static final String PROVIDER_ID = "sportello-claim-complete";

    @Override
    Authenticator create(CustomerDirectory directory) {
        return new ClaimCompleteAuthenticator(directory);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello claim: email and password";
    }

    @Override
    public String getHelpText() {
        return "Creates the account of the confirmed customer: self-service password, or an activation link by email.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ClaimCompleteConfigProperties.ALL;
    }
}
