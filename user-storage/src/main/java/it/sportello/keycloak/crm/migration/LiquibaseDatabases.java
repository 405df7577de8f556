package it.sportello.keycloak.crm.migration;

import java.util.List;
import java.util.function.Supplier;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.H2Database;
import liquibase.database.core.MSSQLDatabase;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.OracleDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;

/**
 * Picks the Liquibase dialect for the CRM connection. Liquibase's own detection cannot be used inside Keycloak: its
 * LiquibaseProcessor keeps only the Database implementation of Keycloak's main datasource, so a PostgreSQL CRM next
 * to an H2 Keycloak database would be "unsupported". Like Keycloak, we instantiate the class ourselves.
 */
final class LiquibaseDatabases {

    private static final List<Supplier<Database>> CANDIDATES = List.of(
            H2Database::new,
            PostgresDatabase::new,
            MariaDBDatabase::new,
            MySQLDatabase::new,
            MSSQLDatabase::new,
            OracleDatabase::new);

    private LiquibaseDatabases() {}

    static Database forConnection(DatabaseConnection connection) throws DatabaseException {
        for (Supplier<Database> candidate : CANDIDATES) {
            Database database = candidate.get();
            if (database.isCorrectDatabaseImplementation(connection)) {
                database.setConnection(connection);
                return database;
            }
        }
        throw new DatabaseException("Unsupported CRM database: " + connection.getDatabaseProductName());
    }
}
