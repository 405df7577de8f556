package it.sportello.keycloak.securityquestion;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import javax.crypto.SecretKeyFactory;
import org.keycloak.common.crypto.CryptoIntegration;
import org.keycloak.common.crypto.CryptoProvider;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.Pbkdf2PasswordHashProvider;
import org.keycloak.models.PasswordPolicy;

/**
 * Keycloak's real PBKDF2 hash provider for tests. It finds its key factory through {@link CryptoIntegration}, which the
 * server initializes with keycloak-crypto-default; that jar is not on this module's test classpath, so the one method
 * PBKDF2 needs is answered by the JDK's own provider.
 */
final class JcaCrypto {

    static final String PBKDF2_SHA512 = "pbkdf2-sha512";
    static final String PBKDF2_SHA256 = "pbkdf2-sha256";
    /** Far below the production 210,000: the algorithm is the same, the tests stay fast. */
    static final int TEST_ITERATIONS = 1_000;

    private JcaCrypto() {}

    static PasswordHashProvider pbkdf2Sha512() throws Exception {
        return pbkdf2(PBKDF2_SHA512, "PBKDF2WithHmacSHA512");
    }

    /** Another algorithm, for a realm whose password policy names pbkdf2-sha256. */
    static PasswordHashProvider pbkdf2Sha256() throws Exception {
        return pbkdf2(PBKDF2_SHA256, "PBKDF2WithHmacSHA256");
    }

    private static PasswordHashProvider pbkdf2(String id, String jcaAlgorithm) throws Exception {
        if (!CryptoIntegration.isInitialised()) {
            CryptoProvider jca = mock(CryptoProvider.class);
            when(jca.getSecretKeyFact(anyString()))
                    .thenAnswer(call -> SecretKeyFactory.getInstance(call.<String>getArgument(0)));
            CryptoIntegration.setProvider(jca);
        }
        return new Pbkdf2PasswordHashProvider(id, jcaAlgorithm, TEST_ITERATIONS, 0);
    }

    /**
     * A hasher over a server whose hash providers are pbkdf2-sha512 (its default, as answers were hashed before they
     * followed the realm's policy) and pbkdf2-sha256, both at the test iteration count.
     */
    static SecurityQuestionHasher hasher() throws Exception {
        PasswordHashProvider sha512 = pbkdf2Sha512();
        PasswordHashProvider sha256 = pbkdf2Sha256();
        Map<String, PasswordHashProvider> installed = Map.of(PBKDF2_SHA512, sha512, PBKDF2_SHA256, sha256);
        return new SecurityQuestionHasher(installed::get, () -> sha512);
    }

    /** A realm password policy naming an algorithm and iterations, as {@code hashAlgorithm(...)} would. */
    static PasswordPolicy policy(String hashAlgorithm, int hashIterations) {
        PasswordPolicy policy = mock(PasswordPolicy.class);
        when(policy.getHashAlgorithm()).thenReturn(hashAlgorithm);
        when(policy.getHashIterations()).thenReturn(hashIterations);
        return policy;
    }
}
