package it.sportello.keycloak.securityquestion;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Hashes and verifies answers exactly as Keycloak's password credential does: new answers with the realm password
 * policy's hash algorithm and iterations (or the server's default {@link PasswordHashProvider} when the policy names
 * none), stored answers with the algorithm and parameters they were stored with, and a stored answer the policy no
 * longer matches re-hashed once it has been answered right. Nothing here logs an answer.
 */
final class SecurityQuestionHasher {

    private static final Logger LOG = Logger.getLogger(SecurityQuestionHasher.class);

    private final Function<String, PasswordHashProvider> providerById;
    private final Supplier<PasswordHashProvider> serverDefault;

    SecurityQuestionHasher(
            Function<String, PasswordHashProvider> providerById, Supplier<PasswordHashProvider> serverDefault) {
        this.providerById = providerById;
        this.serverDefault = serverDefault;
    }

    SecurityQuestionCredentialModel hash(String questionKey, SecurityQuestionAnswer answer, PasswordPolicy policy) {
        PasswordHashProvider provider = forPolicy(policy);
        if (provider == null) {
            // Keycloak itself could not hash a password either: a broken server, not a user error
            throw new IllegalStateException("No password hash provider for the realm's password policy");
        }
        PasswordCredentialModel hashed = provider.encodedCredential(answer.normalized(), iterations(policy));
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
        PasswordHashProvider provider = providerById.apply(algorithm);
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

    /**
     * The answer hashed again under the current policy, when the stored hash was made with another algorithm or other
     * parameters (an answer set before the policy changed, or before answers followed the policy at all); empty when
     * the stored hash already matches the policy. Call only with an answer that {@link #matches}.
     */
    Optional<SecurityQuestionCredentialModel> rehashIfPolicyChanged(
            SecurityQuestionCredentialModel stored, SecurityQuestionAnswer typed, PasswordPolicy policy) {
        PasswordPolicy effective = policy == null ? PasswordPolicy.empty() : policy;
        PasswordHashProvider provider = forPolicy(effective);
        PasswordCredentialModel hashed = stored.hashedAnswer();
        if (provider == null || hashed == null || provider.policyCheck(effective, hashed)) {
            return Optional.empty();
        }
        return Optional.of(hash(stored.getQuestionKey(), typed, effective));
    }

    /** As {@code PasswordCredentialProvider.getHashProvider}: the policy's algorithm, else the server's default. */
    private PasswordHashProvider forPolicy(PasswordPolicy policy) {
        String algorithm = policy == null ? null : policy.getHashAlgorithm();
        if (algorithm != null) {
            PasswordHashProvider provider = providerById.apply(algorithm);
            if (provider != null) {
                return provider;
            }
            LOG.warnf("Password hash provider %s of the realm's password policy not found", algorithm);
        }
        return serverDefault.get();
    }

    /** The policy's iterations, or -1 (the provider's own default) as Keycloak passes them for passwords. */
    private static int iterations(PasswordPolicy policy) {
        return policy == null ? -1 : policy.getHashIterations();
    }
}
