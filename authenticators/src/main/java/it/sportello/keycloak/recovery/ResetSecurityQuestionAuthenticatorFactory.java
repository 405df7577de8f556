package it.sportello.keycloak.recovery;

import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialModel;
import java.util.List;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers {@link ResetSecurityQuestionAuthenticator}, the security question of the reset-credentials flow, between
 * {@code reset-credential-email} and {@code reset-password}.
 */
public final class ResetSecurityQuestionAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-reset-security-question";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetSecurityQuestionAuthenticator(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello reset: security question";
    }

    @Override
    public String getHelpText() {
        return "After the emailed link, asks the customer's own security question (off, if configured, required).";
    }

    /**
     * None, deliberately: Keycloak's brute-force protection counts failures only of authenticators without a category
     * or with one of its own (password, OTP, recovery codes); any other category would make wrong answers free.
     */
    @Override
    public String getReferenceCategory() {
        return null;
    }

    /**
     * The account console lists a credential type only when a step of an enabled flow refers to it; this step asks the
     * question, so it makes "Security question" appear on the "Signing in" page. As an optional category, which
     * Keycloak's brute-force protection does not look at (it reads {@link #getReferenceCategory()} only).
     */
    @Override
    public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(SecurityQuestionCredentialModel.TYPE);
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ResetSecurityQuestionConfigProperties.ALL;
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
