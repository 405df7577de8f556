package it.sportello.keycloak.login;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers {@link CrmAwareUsernamePasswordForm}; everything else (requirements, reference category, help) is
 * Keycloak's own username and password form.
 */
public final class CrmAwareUsernamePasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "sportello-username-password-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CrmAwareUsernamePasswordForm(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello username password form";
    }

    @Override
    public String getHelpText() {
        return "Username and password form that tells customers when the CRM is temporarily unavailable.";
    }
}
