package it.sportello.keycloak.crm.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Cluster-wide mutex for the CRM migration: a row lock ({@code SELECT ... FOR UPDATE}) on table
 * {@code sportello_migration_lock}, held by an open transaction on its own connection until {@link #close()}.
 *
 * <p>Why not Liquibase's own DATABASECHANGELOGLOCK: inside Keycloak, Liquibase's lock service is replaced server-wide
 * by a no-op ({@code DummyLockService}, registered by Keycloak's LiquibaseProcessor) and the lock statements are
 * rewritten to Keycloak's pessimistic variant, so a second node would not wait. A row lock behaves the same on H2,
 * PostgreSQL and MariaDB, and is released by the database if the node dies.
 */
final class CrmMigrationLock implements AutoCloseable {

    static final String TABLE = "sportello_migration_lock";

    private static final Logger LOG = Logger.getLogger(CrmMigrationLock.class);
    private static final long RETRY_MILLIS = 1000;

    private final Connection connection;

    private CrmMigrationLock(Connection connection) {
        this.connection = connection;
    }

    /** Blocks until this node holds the lock or the timeout passes. The connection is used only for the lock. */
    static CrmMigrationLock acquire(Connection connection, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        connection.setAutoCommit(false);
        while (true) {
            try {
                if (lockRow(connection)) {
                    return new CrmMigrationLock(connection);
                }
                createRow(connection);
            } catch (SQLException failure) {
                // Missing table (first start), a concurrent insert by another node, or a lock wait timeout.
                rollbackQuietly(connection);
                if (System.nanoTime() > deadline) {
                    throw new SQLException("Could not acquire the CRM migration lock within " + timeout, failure);
                }
                LOG.debugf("CRM migration lock not acquired yet: %s", failure.getMessage());
                tryCreateTable(connection);
                sleep();
            }
        }
    }

    private static boolean lockRow(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT lock_id FROM " + TABLE + " WHERE lock_id = 1 FOR UPDATE");
                ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    private static void createRow(Connection connection) throws SQLException {
        connection.rollback();
        try (Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO " + TABLE + " (lock_id) VALUES (1)");
        }
        connection.commit();
    }

    private static void tryCreateTable(Connection connection) {
        try (Statement create = connection.createStatement()) {
            create.executeUpdate("CREATE TABLE " + TABLE + " (lock_id INT NOT NULL PRIMARY KEY)");
            connection.commit();
        } catch (SQLException exists) {
            rollbackQuietly(connection);
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the CRM migration lock", interrupted);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The next attempt reports the real failure.
        }
    }

    /** Ends the transaction, which releases the row lock, and gives the connection back in auto-commit mode. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
