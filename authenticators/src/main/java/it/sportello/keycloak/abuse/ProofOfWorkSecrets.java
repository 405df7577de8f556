package it.sportello.keycloak.abuse;

import java.security.SecureRandom;
import java.util.Base64;
import org.keycloak.models.RealmModel;

/**
 * The per-realm signing key used when no server-wide {@code secret} option is set: 256 random bits, generated on first
 * use and kept in the realm attribute {@value #ATTRIBUTE}, so every node of the cluster signs and verifies with the
 * same key without any set-up.
 *
 * <p>Trade-offs, for the README: the attribute is part of the realm, so realm administrators who can view the realm
 * and realm exports see it (someone who can do that can also switch the check off, so it protects nothing they could
 * not bypass anyway); two nodes generating it at the same instant both write, the last write wins, and challenges
 * signed with the other key fail once as BAD_SIGNATURE, after which the form simply issues a new one. Deleting the
 * attribute rotates the key. Operators who want the key outside the database set the server option instead.
 */
final class ProofOfWorkSecrets {

    static final String ATTRIBUTE = "sportello.pow.secret";
    static final int KEY_BYTES = 32;

    private ProofOfWorkSecrets() {}

    static byte[] forRealm(RealmModel realm, SecureRandom random) {
        String stored = realm.getAttribute(ATTRIBUTE);
        if (stored != null) {
            try {
                byte[] key = Base64.getUrlDecoder().decode(stored.trim());
                if (key.length >= KEY_BYTES) {
                    return key;
                }
            } catch (IllegalArgumentException e) {
                // Not base64url: replaced below like a missing key.
            }
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        realm.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        return key;
    }
}
