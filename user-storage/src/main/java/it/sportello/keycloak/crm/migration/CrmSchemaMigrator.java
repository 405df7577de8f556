package it.sportello.keycloak.crm.migration;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.jboss.logging.Logger;

/**
 * Applies the CRM changelogs with the Liquibase that ships inside Keycloak, once per server start, from
 * {@code JpaCustomerDirectoryFactory.postInit}.
 *
 * <ul>
 *   <li>{@value #CHANGELOG}: the tables Sportello owns (meter readings, tickets, reading windows). Always.
 *   <li>{@value #DEMO_CHANGELOG}: the CRM contract tables and the demo customers. Only with {@code demo-data=true};
 *       in production the operator owns the contract tables and Sportello never creates or alters them.
 * </ul>
 *
 * <p>Connections come from {@link ConnectionSource}, i.e. {@code JpaConnectionProviderFactory.getConnection()} of the
 * {@code crm} unit: Hibernate's bootstrap connection access, which borrows a connection from the Agroal pool of the
 * {@code crm} datasource. postInit runs with no JTA transaction on the thread, so the connection is not enlisted and
 * Liquibase may commit on it. One connection holds the {@link CrmMigrationLock}, another runs Liquibase. Change sets
 * already recorded in {@value #CHANGELOG_TABLE} are skipped, so restarts are no-ops.
 */
public final class CrmSchemaMigrator {

    public static final String CHANGELOG = "META-INF/sportello/crm-changelog.xml";
    public static final String DEMO_CHANGELOG = "META-INF/sportello/crm-demo-changelog.xml";

    /** Liquibase history table, separate from Keycloak's DATABASECHANGELOG in case both share a schema. */
    public static final String CHANGELOG_TABLE = "SPORTELLO_CHANGELOG";

    static final String CHANGELOG_LOCK_TABLE = "SPORTELLO_CHANGELOG_LOCK";

    private static final Logger LOG = Logger.getLogger(CrmSchemaMigrator.class);

    private final ConnectionSource connections;
    private final Duration lockTimeout;

    public CrmSchemaMigrator(ConnectionSource connections, Duration lockTimeout) {
        this.connections = connections;
        this.lockTimeout = lockTimeout;
    }

    /** Applies the Sportello changelog and, when asked, the demo changelog; fails the server start on error. */
    public void migrate(boolean demoData) {
        long start = System.currentTimeMillis();
        try (Connection lockConnection = connections.open();
                CrmMigrationLock lock = CrmMigrationLock.acquire(lockConnection, lockTimeout)) {
            int applied = update(CHANGELOG);
            if (demoData) {
                applied += update(DEMO_CHANGELOG);
            }
            LOG.infof(
                    "CRM schema up to date: %d change set(s) applied%s in %d ms",
                    applied, demoData ? " (with demo data)" : "", System.currentTimeMillis() - start);
        } catch (Exception failure) {
            throw new IllegalStateException("CRM schema migration failed", failure);
        }
    }

    private int update(String changelog) throws Exception {
        ClassLoader classLoader = CrmSchemaMigrator.class.getClassLoader();
        ResourceAccessor resources = new ClassLoaderResourceAccessor(classLoader);
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(Scope.Attr.classLoader.name(), classLoader);
        // No phoning home from a server start.
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        try (Connection connection = connections.open()) {
            try {
                return Scope.child(scope, () -> apply(changelog, resources, connection));
            } finally {
                // Liquibase switches auto-commit off; the pool expects it back on.
                connection.setAutoCommit(true);
            }
        }
    }

    private static int apply(String changelog, ResourceAccessor resources, Connection connection) throws Exception {

        Database database = LiquibaseDatabases.forConnection(new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(CHANGELOG_TABLE);
        database.setDatabaseChangeLogLockTableName(CHANGELOG_LOCK_TABLE);
        // Not closed: closing Liquibase closes the connection, which the caller returns to the pool.
        Liquibase liquibase = new Liquibase(changelog, resources, database);
        List<ChangeSet> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        if (pending.isEmpty()) {
            LOG.debugf("CRM changelog %s: nothing to apply", changelog);
            return 0;
        }
        LOG.infof("CRM changelog %s: applying %d change set(s)", changelog, pending.size());
        liquibase.update(new Contexts(), new LabelExpression());
        return pending.size();
    }
}
