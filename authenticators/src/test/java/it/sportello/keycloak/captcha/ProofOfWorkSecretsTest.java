package it.sportello.keycloak.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keycloak.vault.VaultStringSecret;
import org.keycloak.vault.VaultTranscriber;

/** The signing key comes from the server option, the vault, or the node; never from (or into) the realm. */
class ProofOfWorkSecretsTest {

    private static final String OPTION = "option-secret-of-at-least-32-characters";
    private static final String VAULTED = "vault-secret-of-at-least-32-characters!";

    @Test
    void secretWhenServerOptionSetThenItWinsAndTheVaultIsNotAsked() {
        VaultTranscriber vault = mock(VaultTranscriber.class);
        ProofOfWorkSecrets secrets = new ProofOfWorkSecrets(
                Optional.of(OPTION.getBytes(StandardCharsets.UTF_8)), "sportello-pow-secret", new SecureRandom());

        ProofOfWorkSecrets.Key key = secrets.forRequest(vault);

        assertThat(secrets.configured()).isEqualTo(ProofOfWorkSecrets.Source.SERVER_OPTION);
        assertThat(key.source()).isEqualTo(ProofOfWorkSecrets.Source.SERVER_OPTION);
        assertThat(new String(key.bytes(), StandardCharsets.UTF_8)).isEqualTo(OPTION);
        verifyNoInteractions(vault);
    }

    @Test
    void secretWhenVaultEntryConfiguredThenReadThroughTheVaultExpression() {
        VaultTranscriber vault = vault("${vault.sportello-pow-secret}", VAULTED);
        ProofOfWorkSecrets secrets =
                new ProofOfWorkSecrets(Optional.empty(), " sportello-pow-secret ", new SecureRandom());

        ProofOfWorkSecrets.Key key = secrets.forRequest(vault);

        assertThat(secrets.configured()).isEqualTo(ProofOfWorkSecrets.Source.VAULT);
        assertThat(key.source()).isEqualTo(ProofOfWorkSecrets.Source.VAULT);
        assertThat(new String(key.bytes(), StandardCharsets.UTF_8)).isEqualTo(VAULTED);
        assertThat(key.toString()).doesNotContain(VAULTED);
    }

    @Test
    void secretWhenVaultEntryMissingOrShortThenTheNodeKeyNotAnEmptyKey() {
        ProofOfWorkSecrets secrets =
                new ProofOfWorkSecrets(Optional.empty(), "sportello-pow-secret", new SecureRandom());

        ProofOfWorkSecrets.Key missing = secrets.forRequest(vault("${vault.sportello-pow-secret}", null));
        ProofOfWorkSecrets.Key tooShort = secrets.forRequest(vault("${vault.sportello-pow-secret}", "short"));

        assertThat(missing.source()).isEqualTo(ProofOfWorkSecrets.Source.NODE);
        assertThat(missing.bytes()).hasSize(ProofOfWorkSecrets.KEY_BYTES);
        assertThat(tooShort.source()).isEqualTo(ProofOfWorkSecrets.Source.NODE);
        assertThat(tooShort.bytes()).isEqualTo(missing.bytes());
    }

    @Test
    void secretWhenNothingConfiguredThenOneRandomKeyPerNodeKeptForItsLifetime() {
        ProofOfWorkSecrets node = new ProofOfWorkSecrets(Optional.empty(), null, new SecureRandom());
        ProofOfWorkSecrets otherNode = new ProofOfWorkSecrets(Optional.empty(), "", new SecureRandom());

        assertThat(node.configured()).isEqualTo(ProofOfWorkSecrets.Source.NODE);
        assertThat(node.forRequest(null).bytes())
                .hasSize(ProofOfWorkSecrets.KEY_BYTES)
                .isEqualTo(node.forRequest(null).bytes())
                .isNotEqualTo(otherNode.forRequest(null).bytes());
    }

    private static VaultTranscriber vault(String expression, String value) {
        VaultTranscriber vault = mock(VaultTranscriber.class);
        VaultStringSecret secret = mock(VaultStringSecret.class);
        when(secret.get()).thenReturn(Optional.ofNullable(value));
        when(vault.getStringSecret(expression)).thenReturn(secret);
        return vault;
    }
}
