package it.sportello.keycloak.crm.federation;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.LegacyPassword;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

class LegacyPasswordChecksTest {

    private static final byte[] SALT = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    @Test
    void verifyWhenBcryptPasswordRightThenTrue() {
        String hash = OpenBSDBCrypt.generate("Bolletta-2024".toCharArray(), SALT, 6);

        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, hash, "Bolletta-2024")).isTrue();
        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, hash, "bolletta-2024")).isFalse();
    }

    @Test
    void verifyWhenBcryptHashUsesPhpPrefixThenSameAlgorithm() {
        String hash = OpenBSDBCrypt.generate("2b", "Bolletta-2024".toCharArray(), SALT, 6);

        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, "$2y$" + hash.substring(4), "Bolletta-2024"))
                .isTrue();
    }

    @Test
    void verifyWhenBcryptCostAboveBoundThenFalseWithoutHashing() {
        // a cost-31 row would keep a CPU busy for days on every attempt
        String costly = "$2a$31$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";

        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, costly, "Rossi2019!")).isFalse();
    }

    @Test
    void verifyWhenDemoBcryptHashThenDemoPasswordMatches() {
        // the demo CRM row of customer C0001
        String demo = "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";

        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, demo, "Rossi2019!")).isTrue();
    }

    @Test
    void verifyWhenSaltedSha256RightThenTrueAndWrongThenFalse() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(SALT);
        byte[] digest = sha256.digest("Bolletta-2024".getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(SALT) + ":" + HexFormat.of().formatHex(digest);

        assertThat(check(LegacyPasswordAlgorithm.SHA256_SALTED, hash, "Bolletta-2024"))
                .isTrue();
        assertThat(check(LegacyPasswordAlgorithm.SHA256_SALTED, hash, "Bolletta-2025"))
                .isFalse();
    }

    @Test
    void verifyWhenDemoSaltedSha256AndPbkdf2HashesThenDemoPasswordsMatch() {
        String bianchi = "a1b2c3d4e5f60718293a4b5c6d7e8f90:"
                + "adf61a020f6ad32752512fd83f15e9f411558d29b274b0c9dfdf12e33f882a3a";
        String verdi = "27500:0f1e2d3c4b5a69788796a5b4c3d2e1f0:"
                + "e76e35acaff670c8d7ab0f3c12b9168e86778668ab5776b63b28a1e424aad6d0";

        assertThat(check(LegacyPasswordAlgorithm.SHA256_SALTED, bianchi, "Bianchi#2020"))
                .isTrue();
        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, verdi, "Verdi.2018"))
                .isTrue();
        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, verdi, "Verdi.2019"))
                .isFalse();
    }

    @Test
    void verifyWhenPbkdf2RightThenTrue() throws Exception {
        String hash = pbkdf2("Bolletta-2024", 1000);

        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, hash, "Bolletta-2024"))
                .isTrue();
    }

    @Test
    void verifyWhenPbkdf2IterationsOutOfBoundsThenFalseWithoutHashing() throws Exception {
        String tooFew = pbkdf2("Bolletta-2024", 999);
        String tooMany = "10000001:" + HexFormat.of().formatHex(SALT) + ":00ff";

        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, tooFew, "Bolletta-2024"))
                .isFalse();
        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, tooMany, "Bolletta-2024"))
                .isFalse();
    }

    @Test
    void verifyWhenStoredHashMalformedThenFalse() {
        assertThat(check(LegacyPasswordAlgorithm.BCRYPT, "not-a-hash", "x")).isFalse();
        assertThat(check(LegacyPasswordAlgorithm.SHA256_SALTED, "zz:zz", "x")).isFalse();
        assertThat(check(LegacyPasswordAlgorithm.SHA256_SALTED, "no-separator", "x"))
                .isFalse();
        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, "many:00:00", "x"))
                .isFalse();
        assertThat(check(LegacyPasswordAlgorithm.PBKDF2_SHA256, "1000:00:", "x"))
                .isFalse();
    }

    @Test
    void verifyWhenNothingStoredThenFalse() {
        assertThat(LegacyPasswordChecks.verify(null, "x")).isFalse();
        assertThat(LegacyPasswordChecks.verify(new LegacyPassword(LegacyPasswordAlgorithm.BCRYPT, null), "x"))
                .isFalse();
        assertThat(LegacyPasswordChecks.verify(new LegacyPassword(null, "$2a$"), "x"))
                .isFalse();
    }

    private static boolean check(LegacyPasswordAlgorithm algorithm, String hash, String password) {
        return LegacyPasswordChecks.verify(new LegacyPassword(algorithm, hash), password);
    }

    private static String pbkdf2(String password, int iterations) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), SALT, iterations, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        return iterations + ":" + HexFormat.of().formatHex(SALT) + ":"
                + HexFormat.of().formatHex(key);
    }
}
