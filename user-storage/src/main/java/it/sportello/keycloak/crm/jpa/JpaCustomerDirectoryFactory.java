package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerDirectoryFactory;
import it.sportello.keycloak.crm.migration.CrmSchemaMigrator;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.JpaConnectionProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The {@code jpa} customer directory: reads the CRM through the {@code crm} persistence unit, which Keycloak binds to
 * its additional datasource {@code crm} ({@code --db-kind-crm}, {@code --db-url-full-crm}, ...). At startup it
 * applies Sportello's own CRM tables, and with {@code demo-data} the demo CRM, see {@link CrmSchemaMigrator}.
 */
public final class JpaCustomerDirectoryFactory implements CustomerDirectoryFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "jpa";

    /** Name of the persistence unit in META-INF/persistence.xml and of the Keycloak datasource it runs on. */
    public static final String PERSISTENCE_UNIT = "crm";

    private static final String QUERY_TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    private static final Logger LOG = Logger.getLogger(JpaCustomerDirectoryFactory.class);

    private JpaCustomerDirectoryConfig config;

    @Override
    public CustomerDirectory create(KeycloakSession session) {
        JpaConnectionProvider connection = session.getProvider(JpaConnectionProvider.class, PERSISTENCE_UNIT);
        if (connection == null) {
            throw new IllegalStateException("No JPA connection provider '" + PERSISTENCE_UNIT
                    + "': is META-INF/persistence.xml in the provider jar and --db-kind-crm set?");
        }
        EntityManager em = connection.getEntityManager();
        if (!config.queryTimeout().isZero()) {
            // every query made on this entity manager from now on gets the timeout (JDBC setQueryTimeout)
            em.setProperty(QUERY_TIMEOUT_HINT, (int) config.queryTimeout().toMillis());
        }
        return new JpaCustomerDirectory(em, Clock.systemUTC());
    }

    @Override
    public void init(Config.Scope scope) {
        config = JpaCustomerDirectoryConfig.from(scope);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (config.readingAutoAcquisition()) {
            // after the server's own migration and realm import, when the timer and the cluster are up
            factory.register(event -> {
                if (event instanceof PostMigrationEvent) {
                    MeterReadingAutoAcquisition.schedule(
                            factory, config.readingAutoAcquireDelay(), config.readingAutoAcquireInterval());
                }
            });
        }
        if (!config.migrate()) {
            LOG.info("CRM schema migration disabled (customer-directory jpa migrate=false)");
            return;
        }
        JpaConnectionProviderFactory crm = (JpaConnectionProviderFactory)
                factory.getProviderFactory(JpaConnectionProvider.class, PERSISTENCE_UNIT);
        if (crm == null) {
            throw new IllegalStateException("No JPA connection provider factory '" + PERSISTENCE_UNIT + "'");
        }
        // Plain, non-JTA JDBC connections from the crm datasource: postInit runs outside any transaction, as
        // Keycloak's own Liquibase migration does with its default unit.
        new CrmSchemaMigrator(crm::getConnection, config.migrationLockTimeout()).migrate(config.demoData());
    }

    /** The crm persistence unit must be started before postInit migrates it. */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(JpaConnectionProvider.class);
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return JpaCustomerDirectoryConfigProperties.PROPERTIES;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        return Map.of(
                "persistenceUnit", PERSISTENCE_UNIT,
                "migrate", Boolean.toString(config.migrate()),
                "demoData", Boolean.toString(config.demoData()),
                "queryTimeoutSeconds", Long.toString(config.queryTimeout().toSeconds()),
                "readingAutoAcquireHours",
                        Long.toString(config.readingAutoAcquireDelay().toHours()));
    }
}
