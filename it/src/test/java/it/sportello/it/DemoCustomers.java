package it.sportello.it;

/** Legacy portal passwords of the demo CRM customers (demo data only, see the demo changelog). */
final class DemoCustomers {

    /** C0001 Mario Rossi, bcrypt. */
    static final String ROSSI_PASSWORD = "Rossi2019!";
    /** C0003 Laura Bianchi, salted SHA-256. */
    static final String BIANCHI_PASSWORD = "Bianchi#2020";
    /** C0004 Giuseppe Verdi, PBKDF2-SHA256. */
    static final String VERDI_PASSWORD = "Verdi.2018";

    private DemoCustomers() {}
}
