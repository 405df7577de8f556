package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Registers {@link ClaimCompleteAuthenticator}, the last step of the registration (claiming) flow. */
public final class ClaimCompleteAuthenticatorFactory extends ClaimStepFactory {

    public static final String PROVIDER_ID = "sportello-claim-complete";

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property()
            .name(ClaimCompletion.CONFIG_KEY)
            .label("sportelloClaimConfigCompletion")
            .helpText("sportelloClaimConfigCompletionHelp")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(ClaimCompletion.SELF_SERVICE.configValue(), ClaimCompletion.ACTIVATION_EMAIL.configValue())
            .defaultValue(ClaimCompletion.SELF_SERVICE.configValue())
            .add()
            .property()
            .name(ClaimCompleteConfig.SECURITY_QUESTION)
            .label("sportelloClaimConfigSecurityQuestion")
            .helpText("sportelloClaimConfigSecurityQuestionHelp")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue(Boolean.toString(ClaimCompleteConfig.DEFAULT_SECURITY_QUESTION))
            .add()
            .build();

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
        return CONFIG;
    }
}
