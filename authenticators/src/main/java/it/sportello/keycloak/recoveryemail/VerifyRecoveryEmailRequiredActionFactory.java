package it.sportello.keycloak.recoveryemail;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The {@code sportello-verify-recovery-email} required action ({@link VerifyRecoveryEmailRequiredAction}): add, change
 * or remove the verified backup email address. An administrator can ask it of a customer; the account console starts
 * it as an application-initiated action ({@code kc_action=sportello-verify-recovery-email}).
 */
public final class VerifyRecoveryEmailRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "sportello-verify-recovery-email";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new VerifyRecoveryEmailRequiredAction();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Sportello backup email address";
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
