package it.sportello.keycloak.securityquestion;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link SecurityQuestionCredentialProvider}; holds the server settings read once at start. */
public final class SecurityQuestionCredentialProviderFactory
        implements CredentialProviderFactory<SecurityQuestionCredentialProvider> {

    public static final String PROVIDER_ID = "sportello-security-question";

    private SecurityQuestionConfig config = SecurityQuestionConfig.defaults();

    @Override
    public void init(Config.Scope scope) {
        config = SecurityQuestionConfig.from(scope);
    }

    /** A misspelt algorithm would only show at the first setup: refuse to start instead. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (factory.getProviderFactory(PasswordHashProvider.class, config.hashAlgorithm()) == null) {
            throw new IllegalStateException("Security question: password hash provider " + config.hashAlgorithm()
                    + " is not available; set " + SecurityQuestionConfig.HASH_ALGORITHM
                    + " to an installed one (pbkdf2-sha512, pbkdf2-sha256, argon2)");
        }
    }

    @Override
    public SecurityQuestionCredentialProvider create(KeycloakSession session) {
        return new SecurityQuestionCredentialProvider(
                session, new SecurityQuestionHasher(id -> session.getProvider(PasswordHashProvider.class, id), config));
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SecurityQuestionConfigProperties.ALL;
    }
}
