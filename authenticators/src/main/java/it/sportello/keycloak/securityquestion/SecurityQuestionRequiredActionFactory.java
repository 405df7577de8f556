package it.sportello.keycloak.securityquestion;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@link SecurityQuestionRequiredAction}. Its id is the credential type's create and update action, so the
 * realm must have this required action enabled for the account console to offer the security question.
 */
public final class SecurityQuestionRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "sportello-security-question";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new SecurityQuestionRequiredAction(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Sportello security question";
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
