package it.sportello.benchmark.crm;

import static it.sportello.benchmark.crm.SyntheticCrm.BCRYPT_COST;
import static it.sportello.benchmark.crm.SyntheticCrm.LEGACY_PASSWORD;
import static it.sportello.benchmark.crm.SyntheticCrm.PBKDF2_ITERATIONS;

import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** The legacy portal password hashes of the synthetic CRM, in the formats the federation verifies and migrates. */
final class LegacyHashes {

    private LegacyHashes() {}

    /** The stored hash and its algorithm's name for customer {@code index}, salted from the seed. */
    static String[] of(long seed, int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (0xC0FFEEL * (index + 1)));
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) r.nextInt(256);
        }
        LegacyPasswordAlgorithm algorithm = LegacyPasswordAlgorithm.values()[index % 3];
        try {
            String hash =
                    switch (algorithm) {
                        case BCRYPT -> OpenBSDBCrypt.generate("2a", LEGACY_PASSWORD.toCharArray(), salt, BCRYPT_COST);
                        case SHA256_SALTED -> {
                            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                            sha256.update(salt);
                            byte[] digest = sha256.digest(LEGACY_PASSWORD.getBytes(StandardCharsets.UTF_8));
                            yield HexFormat.of().formatHex(salt) + ":"
                                    + HexFormat.of().formatHex(digest);
                        }
                        case PBKDF2_SHA256 -> {
                            PBEKeySpec spec =
                                    new PBEKeySpec(LEGACY_PASSWORD.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
                            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                                    .generateSecret(spec)
                                    .getEncoded();
                            yield PBKDF2_ITERATIONS + ":" + HexFormat.of().formatHex(salt) + ":"
                                    + HexFormat.of().formatHex(key);
                        }
                    };
            return new String[] {hash, algorithm.name()};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
