package it.sportello.keycloak.login;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers {@link CrmAwareUsernamePasswordForm}; everything else (requirements, reference category, help) is
 * Keycloak's own username and password form.
 */
public final class CrmAwareUsernamePasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "sportello-username-password-form";

    /** Server option {@code --spi-authenticator--sportello-username-password-form--failure-floor-millis}. */
    static final String FAILURE_FLOOR_MILLIS = "failure-floor-millis";

    /** Above a refused attempt's usual cost, with Keycloak's password hash and a legacy bcrypt hash of cost 10. */
    static final int DEFAULT_FAILURE_FLOOR_MILLIS = 250;

    private int failureFloorMillis = DEFAULT_FAILURE_FLOOR_MILLIS;

    @Override
    public void init(Config.Scope config) {
        super.init(config);
        failureFloorMillis = Math.max(0, config.getInt(FAILURE_FLOOR_MILLIS, DEFAULT_FAILURE_FLOOR_MILLIS));
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CrmAwareUsernamePasswordForm(session, failureFloorMillis);
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
