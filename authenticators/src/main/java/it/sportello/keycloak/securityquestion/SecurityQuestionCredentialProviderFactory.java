package it.sportello.keycloak.securityquestion;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Registers {@link SecurityQuestionCredentialProvider}. It has no settings of its own: answers are hashed under the
 * realm's password policy ({@code hashAlgorithm}, {@code hashIterations}) like passwords.
 */
public final class SecurityQuestionCredentialProviderFactory
        implements CredentialProviderFactory<SecurityQuestionCredentialProvider> {

    public static final String PROVIDER_ID = "sportello-security-question";

    @Override
    public SecurityQuestionCredentialProvider create(KeycloakSession session) {
        return new SecurityQuestionCredentialProvider(
                session,
                new SecurityQuestionHasher(
                        id -> session.getProvider(PasswordHashProvider.class, id),
                        () -> session.getProvider(PasswordHashProvider.class)));
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
