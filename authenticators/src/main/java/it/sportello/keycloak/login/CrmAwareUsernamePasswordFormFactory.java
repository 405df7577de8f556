package it.sportello.keycloak.login;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers {@link CrmAwareUsernamePasswordForm}; everything else (requirements, reference category, help) is
 * Keycloak's own username and password form.
 */
public final class CrmAwareUsernamePasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "sportello-username-password-form";

    private CrmAwareUsernamePasswordFormConfig config = CrmAwareUsernamePasswordFormConfig.defaults();

    @Override
    public void init(Config.Scope config) {
        super.init(config);
        this.config = CrmAwareUsernamePasswordFormConfig.from(config);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CrmAwareUsernamePasswordForm(session, config.failureFloorMillis());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return CrmAwareUsernamePasswordFormConfigProperties.PROPERTIES;
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
