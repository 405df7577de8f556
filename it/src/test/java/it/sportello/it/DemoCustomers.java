package it.sportello.it;

import it.sportello.it.support.CrmRows;

/** Legacy portal passwords of the demo CRM customers (demo data only, see the demo changelog). */
final class DemoCustomers {

    /** C0001 Mario Rossi, bcrypt. */
    static final String ROSSI_PASSWORD = "Rossi2019!";
    /** C0003 Laura Bianchi, salted SHA-256. */
    static final String BIANCHI_PASSWORD = "Bianchi#2020";
    /** C0004 Giuseppe Verdi, PBKDF2-SHA256. */
    static final String VERDI_PASSWORD = "Verdi.2018";

    /** The demo CRM's legacy hashes (demo/customer.csv), by customer code and algorithm. */
    private static final String[][] LEGACY_HASHES = {
        {"C0001", "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6", "BCRYPT"},
        {
            "C0003",
            "a1b2c3d4e5f60718293a4b5c6d7e8f90:adf61a020f6ad32752512fd83f15e9f411558d29b274b0c9dfdf12e33f882a3a",
            "SHA256_SALTED"
        },
        {
            "C0004",
            "27500:0f1e2d3c4b5a69788796a5b4c3d2e1f0:e76e35acaff670c8d7ab0f3c12b9168e86778668ab5776b63b28a1e424aad6d0",
            "PBKDF2_SHA256"
        },
    };

    private DemoCustomers() {}

    /**
     * Puts the demo legacy hashes back into the CRM, which the whole suite shares: a migrated legacy hash is cleared,
     * and a test class that signs in with a legacy password must not depend on which classes ran before it.
     */
    static void restoreLegacyPasswords(CrmRows crm) throws java.sql.SQLException {
        for (String[] row : LEGACY_HASHES) {
            crm.execute(
                    "update customer set legacy_password_hash = ?, legacy_password_algorithm = ? where customer_code = ?",
                    row[1],
                    row[2],
                    row[0]);
        }
    }
}
