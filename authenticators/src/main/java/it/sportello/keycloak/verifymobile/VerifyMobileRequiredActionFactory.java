package it.sportello.keycloak.verifymobile;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The {@code sportello-verify-mobile} required action ({@link VerifyMobileRequiredAction}): add, change or remove the
 * verified mobile number. An administrator can ask it of a customer; the account console starts it as an
 * application-initiated action ({@code kc_action=sportello-verify-mobile}).
 */
public final class VerifyMobileRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "sportello-verify-mobile";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new VerifyMobileRequiredAction();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Sportello verified mobile number";
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
