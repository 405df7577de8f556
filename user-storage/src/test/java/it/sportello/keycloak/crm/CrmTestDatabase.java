package it.sportello.keycloak.crm;

import it.sportello.keycloak.crm.migration.CrmSchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A private in-memory H2 CRM for one test class: the real changelogs (with demo data) and the real persistence.xml,
 * bootstrapped by plain Hibernate in resource-local mode instead of Keycloak's JTA.
 */
public final class CrmTestDatabase implements AutoCloseable {

    private final String url = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private EntityManagerFactory emf;

    public static CrmTestDatabase withDemoData() {
        CrmTestDatabase database = new CrmTestDatabase();
        database.migrator().migrate(true);
        return database;
    }

    public CrmSchemaMigrator migrator() {
        return new CrmSchemaMigrator(this::connection, Duration.ofSeconds(10));
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    public EntityManagerFactory entityManagerFactory() {
        if (emf == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser("sa");
            emf = Persistence.createEntityManagerFactory(
                    "crm",
                    Map.of(
                            "jakarta.persistence.transactionType",
                            "RESOURCE_LOCAL",
                            "jakarta.persistence.jtaDataSource",
                            "",
                            "jakarta.persistence.nonJtaDataSource",
                            dataSource,
                            "hibernate.connection.datasource",
                            dataSource));
        }
        return emf;
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
