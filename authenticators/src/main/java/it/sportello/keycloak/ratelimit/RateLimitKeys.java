package it.sportello.keycloak.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names of the store entries behind the counters. The caller's key (an IP address, a customer code) never appears in
 * them: it is hashed with SHA-256, or with HMAC-SHA256 when the operator configured a key hash secret. A plain hash
 * hides the value from a casual look at the cache; it does not stop someone who can read the cache from enumerating
 * the 2^32 IPv4 addresses, which the keyed hash does.
 */
final class RateLimitKeys {

    static final String PREFIX = "sportello.rl.";

    /** The two counters a key has per scope. */
    enum Counter {
        ATTEMPTS("a"),
        FAILURES("f");

        private final String code;

        Counter(String code) {
            this.code = code;
        }
    }

    private static final String HMAC = "HmacSHA256";

    private final byte[] secret;

    /** @param secret key of the keyed hash, or empty for plain SHA-256 */
    RateLimitKeys(byte[] secret) {
        this.secret = secret.clone();
    }

    /** Base64url (no padding) hash of the realm, scope and key, separated so that no two triples collide. */
    String hash(String realmId, String scope, String key) {
        byte[] input =
                (realmId + '\u0000' + scope + '\u0000' + (key == null ? "" : key)).getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            if (secret.length == 0) {
                digest = MessageDigest.getInstance("SHA-256").digest(input);
            } else {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(new SecretKeySpec(secret, HMAC));
                digest = mac.doFinal(input);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Common part of the entry names of one counter of one key: prefix, counter, scope in clear, hash. */
    String base(Counter counter, String realmId, String scope, String key) {
        return PREFIX + counter.code + '.' + scope + '.' + hash(realmId, scope, key);
    }

    /** Entry name of one attempt slot of a window. */
    static String slot(String base, long window, int index) {
        return base + '.' + window + '.' + index;
    }
}
