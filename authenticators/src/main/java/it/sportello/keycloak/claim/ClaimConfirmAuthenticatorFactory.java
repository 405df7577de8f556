package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import org.keycloak.authentication.Authenticator;

/** Registers {@link ClaimConfirmAuthenticator}, the summary step of the registration (claiming) flow. */
public final class ClaimConfirmAuthenticatorFactory extends ClaimStepFactory {

    public static final String PROVIDER_ID = "sportello-claim-confirm";

    @Override
    Authenticator create(CustomerDirectory directory) {
        return new ClaimConfirmAuthenticator(directory);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello claim: confirm the customer";
    }

    @Override
    public String getHelpText() {
        return "Shows code, name and address of the matched customer and asks the visitor to confirm.";
    }
}
