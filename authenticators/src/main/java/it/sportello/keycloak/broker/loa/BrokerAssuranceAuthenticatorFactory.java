package it.sportello.keycloak.broker.loa;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link BrokerAssuranceAuthenticator}, the level-of-assurance step of a post-broker-login flow. */
public final class BrokerAssuranceAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "sportello-broker-assurance";

    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
    };

    /**
     * Refuses a bad level map. Keycloak 26.7 calls no validation hook when an authenticator's config is saved, so the
     * step also runs this check on every use and then refuses the sign-in (fails closed) until the map is fixed.
     */
    public static void validateConfiguration(AuthenticatorConfigModel config) {
        try {
            new BrokerAssuranceConfig(config).levels();
        } catch (IllegalArgumentException e) {
            throw new ComponentValidationException(e.getMessage());
        }
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new BrokerAssuranceAuthenticator();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Sportello broker level of assurance";
    }

    @Override
    public String getReferenceCategory() {
        return "loa";
    }

    @Override
    public String getHelpText() {
        return "Post broker login: records the identity provider's level (SPID/CIE AuthnContextClassRef, OpenID"
                + " Connect acr) as Keycloak's level of authentication, and refuses when the client asks for more.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return BrokerAssuranceConfigProperties.PROPERTIES;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENTS.clone();
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
