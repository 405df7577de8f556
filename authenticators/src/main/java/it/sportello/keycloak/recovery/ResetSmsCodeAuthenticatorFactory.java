package it.sportello.keycloak.recovery;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The reset's SMS code step ({@link ResetSmsCodeAuthenticator}), between {@code sportello-reset-choose-user} (with
 * {@code offerSms}) and {@code reset-credential-email}: when the visitor chose the SMS, a code to the account's
 * verified mobile in place of the emailed link.
 */
public final class ResetSmsCodeAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-reset-sms-code";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetSmsCodeAuthenticator();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello reset: code by SMS";
    }

    @Override
    public String getHelpText() {
        return "When the visitor chose the SMS on the choose-user page: a 6-digit code to the account's verified"
                + " mobile, with the same page whether or not one exists; passes through otherwise.";
    }

    /** None: like the security question step, so Keycloak's brute-force protection counts the wrong codes. */
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
        return ResetSmsCodeConfigProperties.ALL;
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
