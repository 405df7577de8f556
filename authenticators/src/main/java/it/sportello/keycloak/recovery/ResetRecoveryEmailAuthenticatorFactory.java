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
 * The reset's backup-address step ({@link ResetRecoveryEmailAuthenticator}), between {@code sportello-reset-choose-user}
 * (with {@code offerRecoveryEmail}) and {@code reset-credential-email}: when the visitor chose the backup address, the
 * emailed link goes to the account's verified {@code recoveryEmail} instead of its primary address. No settings: the
 * floor, the per-account mail interval and the link's lifespan are the choose-user step's and the realm's.
 */
public final class ResetRecoveryEmailAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-reset-recovery-email";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
    };

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetRecoveryEmailAuthenticator();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello reset: link to the backup address";
    }

    @Override
    public String getHelpText() {
        return "When the visitor chose the backup address on the choose-user page: the reset link to the account's"
                + " verified backup email address, with the same page whether or not one exists; passes through"
                + " otherwise.";
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
