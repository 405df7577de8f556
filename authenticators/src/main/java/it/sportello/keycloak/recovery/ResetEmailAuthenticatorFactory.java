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
 * The reset's email step ({@link ResetEmailAuthenticator}), in place of Keycloak's {@code reset-credential-email}
 * between {@code sportello-reset-sms-code} and {@code sportello-reset-security-question}: the same link, and the same
 * page for everyone also when the mail server is down.
 */
public final class ResetEmailAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-reset-email";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetEmailAuthenticator();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello reset: send reset email";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's reset link by email, with the same page for everyone also when the mail server is down"
                + " (then an error event, and the account may ask again at once).";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
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
