package it.sportello.keycloak.securityquestion;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import javax.crypto.SecretKeyFactory;
import org.keycloak.common.crypto.CryptoIntegration;
import org.keycloak.common.crypto.CryptoProvider;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.Pbkdf2PasswordHashProvider;

/**
 * Keycloak's real PBKDF2 hash provider for tests. It finds its key factory through {@link CryptoIntegration}, which the
 * server initializes with keycloak-crypto-default; that jar is not on this module's test classpath, so the one method
 * PBKDF2 needs is answered by the JDK's own provider.
 */
final class JcaCrypto {

    static final String PBKDF2_SHA512 = "pbkdf2-sha512";
    /** Far below the production 210,000: the algorithm is the same, the tests stay fast. */
    static final int TEST_ITERATIONS = 1_000;

    private JcaCrypto() {}

    static PasswordHashProvider pbkdf2Sha512() throws Exception {
        if (!CryptoIntegration.isInitialised()) {
            CryptoProvider jca = mock(CryptoProvider.class);
            when(jca.getSecretKeyFact(anyString()))
                    .thenAnswer(call -> SecretKeyFactory.getInstance(call.<String>getArgument(0)));
            CryptoIntegration.setProvider(jca);
        }
        return new Pbkdf2PasswordHashProvider(PBKDF2_SHA512, "PBKDF2WithHmacSHA512", TEST_ITERATIONS, 0);
    }

    /** A hasher that knows only pbkdf2-sha512, as configured by default, with the test iteration count. */
    static SecurityQuestionHasher hasher() throws Exception {
        PasswordHashProvider pbkdf2 = pbkdf2Sha512();
        return new SecurityQuestionHasher(
                id -> PBKDF2_SHA512.equals(id) ? pbkdf2 : null, new SecurityQuestionConfig(null, TEST_ITERATIONS));
    }
}
