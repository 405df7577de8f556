package it.sportello.keycloak.securityquestion;

import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Hashes and verifies answers with Keycloak's own {@link PasswordHashProvider}s, looked up by id: new answers with the
 * configured algorithm, stored answers with the algorithm they were stored with. Nothing here logs an answer.
 */
final class SecurityQuestionHasher {

    private static final Logger LOG = Logger.getLogger(SecurityQuestionHasher.class);

    private final Function<String, PasswordHashProvider> hashProviders;
    private final SecurityQuestionConfig config;

    SecurityQuestionHasher(Function<String, PasswordHashProvider> hashProviders, SecurityQuestionConfig config) {
        this.hashProviders = hashProviders;
        this.config = config;
    }

    SecurityQuestionCredentialModel hash(String questionKey, SecurityQuestionAnswer answer) {
        PasswordHashProvider provider = hashProviders.apply(config.hashAlgorithm());
        if (provider == null) {
            throw new IllegalStateException("Password hash provider " + config.hashAlgorithm() + " not found");
        }
        PasswordCredentialModel hashed = provider.encodedCredential(answer.normalized(), config.hashIterations());
        return SecurityQuestionCredentialModel.create(questionKey, hashed);
    }

    /**
     * Whether the typed answer is the stored one. The comparison is the hash provider's, as for passwords: it compares
     * salted key-derivation outputs, so its timing says nothing about the answer.
     */
    boolean matches(SecurityQuestionCredentialModel stored, SecurityQuestionAnswer typed) {
        PasswordCredentialModel hashed = stored.hashedAnswer();
        if (hashed == null) {
            LOG.warnf("Security question credential %s has no usable secret data", stored.getId());
            return false;
        }
        String algorithm = stored.hashAlgorithm();
        PasswordHashProvider provider = hashProviders.apply(algorithm);
        if (provider == null) {
            LOG.warnf(
                    "Password hash provider %s of security question credential %s not found",
                    algorithm, stored.getId());
            return false;
        }
        try {
            return provider.verify(typed.normalized(), hashed);
        } catch (RuntimeException e) {
            // only the exception type: a message could carry hash material
            LOG.warnf(
                    "Security question credential %s could not be verified (%s)",
                    stored.getId(), e.getClass().getName());
            return false;
        }
    }
}
