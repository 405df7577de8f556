package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.LegacyPassword;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.jboss.logging.Logger;

/**
 * Verifies a typed password against a legacy CRM hash in the formats of {@link
 * it.sportello.keycloak.crm.LegacyPasswordAlgorithm}. Digests are compared in constant time; a malformed stored hash
 * is a failed check, never an exception, and neither the hash nor the password is ever logged.
 */
final class LegacyPasswordChecks {

    /** Bounds on PBKDF2 iterations read from the CRM: below is not a real hash, above is a denial of service. */
    static final int MIN_PBKDF2_ITERATIONS = 1_000;

    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    /** Highest bcrypt cost accepted: anyone can make the server check a typed password, so cost is a DoS lever. */
    static final int MAX_BCRYPT_COST = 16;

    private static final Logger LOG = Logger.getLogger(LegacyPasswordChecks.class);

    private LegacyPasswordChecks() {}

    static boolean verify(LegacyPassword legacy, String password) {
        if (legacy == null || legacy.algorithm() == null || legacy.hash() == null || password == null) {
            return false;
        }
        try {
            return switch (legacy.algorithm()) {
                case BCRYPT -> bcrypt(legacy.hash().trim(), password);
                case SHA256_SALTED -> sha256Salted(legacy.hash().trim(), password);
                case PBKDF2_SHA256 -> pbkdf2Sha256(legacy.hash().trim(), password);
            };
        } catch (RuntimeException | GeneralSecurityException malformed) {
            LOG.warnf("Malformed legacy password hash of algorithm %s in the CRM", legacy.algorithm());
            return false;
        }
    }

    private static boolean bcrypt(String hash, String password) {
        // $2y$ is PHP's name for the same algorithm as $2b$
        String normalized = hash.startsWith("$2y$") ? "$2b$" + hash.substring(4) : hash;
        if (normalized.length() < 7 || Integer.parseInt(normalized.substring(4, 6)) > MAX_BCRYPT_COST) {
            throw new IllegalArgumentException("bcrypt cost out of bounds");
        }
        return OpenBSDBCrypt.checkPassword(normalized, password.toCharArray());
    }

    private static boolean sha256Salted(String hash, String password) throws GeneralSecurityException {
        String[] parts = hash.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected salt:digest");
        }
        byte[] salt = HexFormat.of().parseHex(parts[0]);
        byte[] expected = HexFormat.of().parseHex(parts[1]);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(salt);
        byte[] actual = sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, actual);
    }

    private static boolean pbkdf2Sha256(String hash, String password) throws GeneralSecurityException {
        String[] parts = hash.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected iterations:salt:key");
        }
        int iterations = Integer.parseInt(parts[0]);
        if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of bounds");
        }
        byte[] salt = HexFormat.of().parseHex(parts[1]);
        byte[] expected = HexFormat.of().parseHex(parts[2]);
        if (expected.length == 0) {
            throw new IllegalArgumentException("empty key");
        }
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, expected.length * 8);
        try {
            byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            return MessageDigest.isEqual(expected, actual);
        } finally {
            spec.clearPassword();
        }
    }
}
