package it.sportello.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CRM database the server under test federates, and a JDBC door into it so tests can read and change CRM rows
 * the way the operator's CRM would. Chosen by {@code SPORTELLO_IT_CRM_DB} ({@code h2}, the default, served by the
 * test JVM; {@code postgres}; {@code mariadb}) with {@code SPORTELLO_IT_CRM_URL}, {@code _USER} and {@code _PASSWORD}.
 */
public record CrmDatabase(String kind, String url, String user, String password) {

    public static CrmDatabase fromEnvironment() {
        String kind = env("SPORTELLO_IT_CRM_DB", "h2");
        return switch (kind) {
            case "h2" -> H2CrmServer.database();
            case "postgres" -> new CrmDatabase(
                    "postgres",
                    env("SPORTELLO_IT_CRM_URL", "jdbc:postgresql://127.0.0.1:5432/sportello_it_crm"),
                    env("SPORTELLO_IT_CRM_USER", "postgres"),
                    env("SPORTELLO_IT_CRM_PASSWORD", "postgres"));
            case "mariadb" -> mariaDb();
            default -> throw new IllegalArgumentException("SPORTELLO_IT_CRM_DB must be h2, postgres or mariadb");
        };
    }

    /** The MariaDB CRM of the MariaDB test class: 127.0.0.1:3306 unless SPORTELLO_IT_MARIADB_URL says otherwise. */
    public static CrmDatabase mariaDb() {
        return new CrmDatabase(
                "mariadb",
                env("SPORTELLO_IT_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/sportello_it_crm"),
                env("SPORTELLO_IT_MARIADB_USER", "root"),
                env("SPORTELLO_IT_MARIADB_PASSWORD", ""));
    }

    /** Keycloak options binding the additional XA datasource {@code crm} to this database, with the demo CRM. */
    public Map<String, String> serverOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        // Keycloak names embedded H2 "dev-file"; the full URL decides where it really is
        options.put("db-kind-crm", kind.equals("h2") ? "dev-file" : kind);
        options.put("db-url-full-crm", url);
        options.put("db-username-crm", user);
        if (!password.isEmpty()) {
            options.put("db-password-crm", password);
        }
        options.put("transaction-xa-enabled-crm", "true");
        // three servers (the suite's and the two cluster nodes) share one PostgreSQL: keep each pool small
        options.put("db-pool-max-size-crm", "20");
        options.put("spi-customer-directory--jpa--demo-data", "true");
        return options;
    }

    /**
     * Drops and creates the MariaDB database named in the URL, so each run starts from an empty CRM that Sportello's
     * demo changelog fills.
     */
    public CrmDatabase recreateMariaDb() {
        int slash = url.lastIndexOf('/');
        String serverUrl = url.substring(0, slash + 1);
        String name = url.substring(slash + 1).replaceAll("[?;].*", "");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected MariaDB database name in " + url);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                java.sql.Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate the MariaDB CRM database at " + serverUrl, e);
        }
        return this;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
