package it.sportello.keycloak.securityquestion;

import org.keycloak.Config;

/** Typed view of the credential provider's server settings; defaults live here only. */
final class SecurityQuestionConfig {

    static final String HASH_ALGORITHM = "hashAlgorithm";
    static final String HASH_ITERATIONS = "hashIterations";

    /**
     * PBKDF2-HMAC-SHA512 with Keycloak's OWASP iteration count: present in every distribution, FIPS included, and
     * independent of the realm's password policy, so a password policy change does not touch stored answers.
     */
    static final String DEFAULT_HASH_ALGORITHM = "pbkdf2-sha512";
    /** Keycloak's {@code PasswordHashProvider} convention for "the algorithm's own default". */
    static final int PROVIDER_DEFAULT_ITERATIONS = -1;

    private final String hashAlgorithm;
    private final int hashIterations;

    SecurityQuestionConfig(String hashAlgorithm, Integer hashIterations) {
        this.hashAlgorithm =
                hashAlgorithm == null || hashAlgorithm.isBlank() ? DEFAULT_HASH_ALGORITHM : hashAlgorithm.strip();
        this.hashIterations = hashIterations == null ? PROVIDER_DEFAULT_ITERATIONS : hashIterations;
        if (this.hashIterations != PROVIDER_DEFAULT_ITERATIONS && this.hashIterations < 1) {
            throw new IllegalArgumentException(HASH_ITERATIONS + " must be " + PROVIDER_DEFAULT_ITERATIONS
                    + " (the algorithm's default) or at least 1");
        }
    }

    static SecurityQuestionConfig defaults() {
        return new SecurityQuestionConfig(null, null);
    }

    static SecurityQuestionConfig from(Config.Scope scope) {
        return scope == null
                ? defaults()
                : new SecurityQuestionConfig(scope.get(HASH_ALGORITHM), scope.getInt(HASH_ITERATIONS));
    }

    /** The id of the {@code PasswordHashProvider} new answers are hashed with. */
    String hashAlgorithm() {
        return hashAlgorithm;
    }

    /** Iterations for new answers, or -1 for the algorithm's default. */
    int hashIterations() {
        return hashIterations;
    }
}
