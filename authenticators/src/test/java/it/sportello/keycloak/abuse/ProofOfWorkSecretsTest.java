package it.sportello.keycloak.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.models.RealmModel;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ProofOfWorkSecretsTest {

    @Mock
    private RealmModel realm;

    @Test
    void firstUseGeneratesA256BitKeyAndKeepsItInTheRealm() {
        when(realm.getAttribute(ProofOfWorkSecrets.ATTRIBUTE)).thenReturn(null);

        byte[] key = ProofOfWorkSecrets.forRealm(realm, new SecureRandom());

        ArgumentCaptor<String> stored = ArgumentCaptor.forClass(String.class);
        verify(realm).setAttribute(eq(ProofOfWorkSecrets.ATTRIBUTE), stored.capture());
        assertThat(key).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(stored.getValue())).isEqualTo(key);
    }

    @Test
    void laterUsesReadTheStoredKey() {
        byte[] existing = new byte[32];
        new SecureRandom().nextBytes(existing);
        when(realm.getAttribute(ProofOfWorkSecrets.ATTRIBUTE))
                .thenReturn(Base64.getUrlEncoder().withoutPadding().encodeToString(existing));

        byte[] key = ProofOfWorkSecrets.forRealm(realm, new SecureRandom());

        assertThat(key).isEqualTo(existing);
        verify(realm, never()).setAttribute(anyString(), anyString());
    }

    @Test
    void unusableStoredValueIsReplaced() {
        when(realm.getAttribute(ProofOfWorkSecrets.ATTRIBUTE)).thenReturn("short!");

        byte[] key = ProofOfWorkSecrets.forRealm(realm, new SecureRandom());

        assertThat(key).hasSize(32);
        verify(realm).setAttribute(eq(ProofOfWorkSecrets.ATTRIBUTE), anyString());
    }
}
