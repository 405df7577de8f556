package it.sportello.keycloak.captcha;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.vault.VaultStringSecret;
import org.keycloak.vault.VaultTranscriber;

/**
 * Where the {@code pow} captcha's signing key comes from, in this order: the {@code secret} server option; the realm's
 * Keycloak vault entry named by the {@code secretVaultKey} option; otherwise a random 256-bit key of this node, kept in
 * the factory instance only. The key never goes into the realm (no attribute), so it never lands in a realm export.
 *
 * <p>The node key is a fallback for one-node evaluation: nodes of a cluster each have their own, so a challenge issued
 * by one node fails once as BAD_SIGNATURE on another (the form then issues a new one), and a restart rotates it. The
 * factory warns at start when a node runs on it.
 */
final class ProofOfWorkSecrets {

    static final int KEY_BYTES = 32;

    /** Where the key of a request came from (server info and the start-up warning; never the key itself). */
    enum Source {
        SERVER_OPTION,
        VAULT,
        NODE
    }

    private final Optional<byte[]> serverSecret;
    private final String vaultKey;
    private final byte[] nodeKey;

    /**
     * @param serverSecret the {@code secret} option, when set
     * @param vaultKey the vault entry's name ({@code secretVaultKey}), blank when unset
     */
    ProofOfWorkSecrets(Optional<byte[]> serverSecret, String vaultKey, SecureRandom random) {
        this.serverSecret = serverSecret.map(byte[]::clone);
        this.vaultKey = vaultKey == null ? "" : vaultKey.strip();
        this.nodeKey = new byte[KEY_BYTES];
        random.nextBytes(nodeKey);
    }

    /** What the options configure: the server option, a vault entry, or nothing (the node's own key). */
    Source configured() {
        if (serverSecret.isPresent()) {
            return Source.SERVER_OPTION;
        }
        return vaultKey.isEmpty() ? Source.NODE : Source.VAULT;
    }

    /**
     * The key for a request of one realm.
     *
     * @param vault the request's vault (realm-scoped), asked only when a vault entry is configured
     */
    Key forRequest(VaultTranscriber vault) {
        if (serverSecret.isPresent()) {
            return new Key(serverSecret.get().clone(), Source.SERVER_OPTION);
        }
        if (!vaultKey.isEmpty() && vault != null) {
            try (VaultStringSecret secret = vault.getStringSecret("${vault." + vaultKey + "}")) {
                Optional<String> value =
                        secret.get().filter(text -> text.length() >= ProofOfWorkConfig.MIN_SECRET_LENGTH);
                if (value.isPresent()) {
                    return new Key(value.get().getBytes(StandardCharsets.UTF_8), Source.VAULT);
                }
            }
        }
        return new Key(nodeKey.clone(), Source.NODE);
    }

    /** A signing key and where it came from; {@code toString} never shows the key. */
    record Key(byte[] bytes, Source source) {

        @Override
        public String toString() {
            return "Key[source=" + source + "]";
        }
    }
}
