package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Registers {@link ClaimVerifyAuthenticator}, the first step of the registration (claiming) flow. */
public final class ClaimVerifyAuthenticatorFactory extends ClaimStepFactory {

    public static final String PROVIDER_ID = "sportello-claim-verify";

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property()
            .name(ClaimVerifyConfig.PROOF_OF_POSSESSION)
            .label("sportelloClaimConfigProofOfPossession")
            .helpText("sportelloClaimConfigProofOfPossessionHelp")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(ProofOfPossession.INVOICE_NUMBER.configValue(), ProofOfPossession.OFF.configValue())
            .defaultValue(ProofOfPossession.INVOICE_NUMBER.configValue())
            .add()
            .property()
            .name(ClaimVerifyConfig.ASK_NAME)
            .label("sportelloClaimConfigAskName")
            .helpText("sportelloClaimConfigAskNameHelp")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false")
            .add()
            .property()
            .name(ClaimVerifyConfig.ASK_PHONE)
            .label("sportelloClaimConfigAskPhone")
            .helpText("sportelloClaimConfigAskPhoneHelp")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false")
            .add()
            .property()
            .name(ClaimVerifyConfig.MIN_RESPONSE_MILLIS)
            .label("sportelloClaimConfigMinResponse")
            .helpText("sportelloClaimConfigMinResponseHelp")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ClaimVerifyConfig.DEFAULT_MIN_RESPONSE_MILLIS))
            .add()
            .property()
            .name(ClaimVerifyConfig.IP_FAILURE_LIMIT)
            .label("sportelloClaimConfigIpFailureLimit")
            .helpText("sportelloClaimConfigIpFailureLimitHelp")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ClaimVerifyConfig.DEFAULT_IP_FAILURE_LIMIT))
            .add()
            .property()
            .name(ClaimVerifyConfig.CODE_FAILURE_LIMIT)
            .label("sportelloClaimConfigCodeFailureLimit")
            .helpText("sportelloClaimConfigCodeFailureLimitHelp")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ClaimVerifyConfig.DEFAULT_CODE_FAILURE_LIMIT))
            .add()
            .property()
            .name(ClaimVerifyConfig.FAILURE_WINDOW_MINUTES)
            .label("sportelloClaimConfigFailureWindow")
            .helpText("sportelloClaimConfigFailureWindowHelp")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ClaimVerifyConfig.DEFAULT_FAILURE_WINDOW_MINUTES))
            .add()
            .property()
            .name(ClaimVerifyConfig.CAPTCHA_AFTER_FAILURES)
            .label("sportelloClaimConfigCaptchaAfterFailures")
            .helpText("sportelloClaimConfigCaptchaAfterFailuresHelp")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(ClaimVerifyConfig.DEFAULT_CAPTCHA_AFTER_FAILURES))
            .add()
            .build();

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
        return CONFIG;
    }
}
