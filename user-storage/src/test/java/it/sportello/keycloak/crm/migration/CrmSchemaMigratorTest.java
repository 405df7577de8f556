package it.sportello.keycloak.crm.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.CrmTestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class CrmSchemaMigratorTest {

    @Test
    void withoutDemoDataOnlySportelloTablesAreCreated() throws Exception {
        try (CrmTestDatabase database = new CrmTestDatabase()) {
            database.migrator().migrate(false);

            assertThat(database.count("select count(*) from meter_reading")).isZero();
            assertThat(database.count("select count(*) from support_ticket")).isZero();
            assertThat(database.count("select count(*) from information_schema.tables where table_name = 'CUSTOMER'"))
                    .as("the contract tables are the operator's")
                    .isZero();
        }
    }

    @Test
    void demoDataIsLoadedOnceAndRestartsAreNoOps() throws Exception {
        try (CrmTestDatabase database = CrmTestDatabase.withDemoData()) {
            long history = database.count("select count(*) from SPORTELLO_CHANGELOG");

            database.migrator().migrate(true);
            database.migrator().migrate(true);

            assertThat(database.count("select count(*) from SPORTELLO_CHANGELOG"))
                    .isEqualTo(history);
            assertThat(database.count("select count(*) from customer")).isEqualTo(9);
            assertThat(database.count("select count(*) from customer where supplier and prequalified"))
                    .isEqualTo(2);
            assertThat(database.count("select count(*) from supply_point")).isEqualTo(12);
            assertThat(database.count("select count(*) from invoice")).isGreaterThanOrEqualTo(12);
            assertThat(database.count("select count(*) from consumption where supply_point_id = 1001"))
                    .isEqualTo(24);
            assertThat(database.count("select count(*) from reading_window")).isEqualTo(3);
        }
    }

    @Test
    void lockWaitsForTheHolderAndIsReleasedOnClose() throws Exception {
        try (CrmTestDatabase database = new CrmTestDatabase();
                Connection first = database.connection();
                Connection second = database.connection()) {
            CrmMigrationLock held = CrmMigrationLock.acquire(first, Duration.ofSeconds(5));

            assertThatThrownBy(() -> CrmMigrationLock.acquire(second, Duration.ofSeconds(2)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("CRM migration lock");

            held.close();
            try (CrmMigrationLock again = CrmMigrationLock.acquire(second, Duration.ofSeconds(5))) {
                assertThat(again).isNotNull();
            }
        }
    }

    /** Guards the plaintexts documented in crm-demo-changelog.xml (BCRYPT needs a bcrypt library, checked in Keycloak). */
    @Test
    void demoLegacyHashesMatchTheDocumentedPlaintexts() throws Exception {
        try (CrmTestDatabase database = CrmTestDatabase.withDemoData();
                Connection connection = database.connection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select customer_code, legacy_password_hash from customer"
                        + " where customer_code in ('C0003', 'C0004') order by customer_code")) {
            rows.next();
            String[] salted = rows.getString(2).split(":");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HexFormat.of().parseHex(salted[0]));
            sha256.update("Bianchi#2020".getBytes(StandardCharsets.UTF_8));
            assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(salted[1]);

            rows.next();
            String[] pbkdf2 = rows.getString(2).split(":");
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(
                            "Verdi.2018".toCharArray(),
                            HexFormat.of().parseHex(pbkdf2[1]),
                            Integer.parseInt(pbkdf2[0]),
                            256))
                    .getEncoded();
            assertThat(HexFormat.of().formatHex(key)).isEqualTo(pbkdf2[2]);
        }
    }
}
