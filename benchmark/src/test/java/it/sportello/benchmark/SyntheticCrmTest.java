package it.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import it.sportello.keycloak.taxid.TaxId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

class SyntheticCrmTest {

    private static final int CUSTOMERS = 3_000;
    private final SyntheticCrm crm = new SyntheticCrm(7, CUSTOMERS, 6, new SyntheticCrm.Pools(30, 60, 60, 60));

    @Test
    void generatedRowCountsMatchTheAnnouncedCounts() {
        long customers = 0;
        long points = 0;
        long invoices = 0;
        for (int n = 0; n < CUSTOMERS; n++) {
            int i = n;
            customers += lines(b -> crm.customerRow(i, b));
            points += lines(b -> crm.supplyPointRows(i, b));
            invoices += lines(b -> crm.invoiceRows(i, b));
        }
        assertThat(customers).isEqualTo(CUSTOMERS);
        assertThat(points).isEqualTo(crm.supplyPointRows()).isEqualTo(6_000);
        assertThat(invoices).isEqualTo(crm.invoiceRows()).isEqualTo(36_000);
    }

    @Test
    void everyRowHasTheColumnsOfItsTable() {
        StringBuilder b = new StringBuilder();
        crm.customerRow(4, b);
        assertThat(b.toString().split("\t", -1)).hasSize(19);
        b.setLength(0);
        crm.supplyPointRows(5, b);
        for (String row : b.toString().split("\n")) {
            assertThat(row.split("\t", -1)).hasSize(10);
        }
        b.setLength(0);
        crm.invoiceRows(5, b);
        for (String row : b.toString().split("\n")) {
            assertThat(row.split("\t", -1)).hasSize(10);
        }
    }

    @Test
    void everyTaxIdIsValidAndOfTheCustomersKind() {
        for (int i = 0; i < CUSTOMERS; i++) {
            String taxId = crm.taxId(i);
            assertThat(TaxId.parse(taxId).isValid()).as(taxId).isTrue();
            assertThat(TaxId.parse(taxId).taxId().orElseThrow().kind())
                    .isEqualTo(SyntheticCrm.isCompany(i) ? TaxId.Kind.PARTITA_IVA : TaxId.Kind.CODICE_FISCALE_PERSON);
            StringBuilder row = new StringBuilder();
            crm.customerRow(i, row);
            assertThat(row.toString().split("\t")[5]).isEqualTo(taxId);
        }
    }

    @Test
    void rowsAreTheSameOnEveryGeneration() {
        SyntheticCrm again = new SyntheticCrm(7, CUSTOMERS, 6, new SyntheticCrm.Pools(30, 60, 60, 60));
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            crm.customerRow(i, a);
            again.customerRow(i, b);
            crm.invoiceRows(i, a);
            again.invoiceRows(i, b);
        }
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void keysAreUnique() {
        Set<String> pods = new HashSet<>();
        Set<String> invoices = new HashSet<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            StringBuilder b = new StringBuilder();
            crm.supplyPointRows(i, b);
            for (String row : b.toString().split("\n")) {
                assertThat(pods.add(row.split("\t")[3])).isTrue();
            }
            b.setLength(0);
            crm.invoiceRows(i, b);
            for (String row : b.toString().split("\n")) {
                assertThat(invoices.add(row.split("\t")[0])).isTrue();
            }
        }
    }

    @Test
    void legacyHashesVerifyInTheirFormatsAndOnlyInTheLegacyPool() throws Exception {
        Set<LegacyPasswordAlgorithm> seen = new HashSet<>();
        for (int i = 0; i < crm.pools().legacy(); i++) {
            String[] legacy = crm.legacyPassword(i);
            LegacyPasswordAlgorithm algorithm =
                    LegacyPasswordAlgorithm.fromColumn(legacy[1]).orElseThrow();
            seen.add(algorithm);
            assertThat(verifies(algorithm, legacy[0], SyntheticCrm.LEGACY_PASSWORD))
                    .isTrue();
            assertThat(verifies(algorithm, legacy[0], "wrong-password")).isFalse();
        }
        assertThat(seen).containsExactlyInAnyOrder(LegacyPasswordAlgorithm.values());
        assertThat(crm.legacyPassword(crm.pools().legacy())).isNull();
    }

    /** The formats of LegacyPasswordAlgorithm, checked independently of the generator. */
    private static boolean verifies(LegacyPasswordAlgorithm algorithm, String hash, String password) throws Exception {
        String[] parts = hash.split(":");
        return switch (algorithm) {
            case BCRYPT -> hash.startsWith("$2a$0" + SyntheticCrm.BCRYPT_COST + "$")
                    && OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
            case SHA256_SALTED -> {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(HexFormat.of().parseHex(parts[0]));
                yield parts.length == 2
                        && HexFormat.of()
                                .formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)))
                                .equals(parts[1]);
            }
            case PBKDF2_SHA256 -> {
                byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(new PBEKeySpec(
                                password.toCharArray(),
                                HexFormat.of().parseHex(parts[1]),
                                Integer.parseInt(parts[0]),
                                256))
                        .getEncoded();
                yield parts.length == 3 && HexFormat.of().formatHex(key).equals(parts[2]);
            }
        };
    }

    private static long lines(java.util.function.Consumer<StringBuilder> rows) {
        StringBuilder b = new StringBuilder();
        rows.accept(b);
        return b.chars().filter(c -> c == '\n').count();
    }
}
