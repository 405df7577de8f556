package it.sportello.keycloak.crm.jpa;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the {@code jpa} customer directory, set as
 * {@code --spi-customer-directory--jpa--<dash-case-name>=...}. Defaults live in {@link JpaCustomerDirectoryConfig}.
 */
final class JpaCustomerDirectoryConfigProperties {

    static final String MIGRATE = "migrate";
    static final String DEMO_DATA = "demoData";
    static final String MIGRATION_LOCK_TIMEOUT = "migrationLockTimeout";
    static final String QUERY_TIMEOUT = "queryTimeout";
    static final String READING_AUTO_ACQUIRE_HOURS = "readingAutoAcquireHours";
    static final String READING_AUTO_ACQUIRE_INTERVAL = "readingAutoAcquireIntervalSeconds";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(MIGRATE)
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .helpText("Apply Sportello's own CRM tables (meter readings, tickets, reading windows) at startup with"
                    + " Liquibase. Turn off when the operator applies the changelog by hand.")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_MIGRATE)
            .add()
            .property()
            .name(DEMO_DATA)
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .helpText("Create the CRM contract tables and load the demo customers. Demo and test databases only:"
                    + " in production the operator owns these tables.")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_DEMO_DATA)
            .add()
            .property()
            .name(MIGRATION_LOCK_TIMEOUT)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Seconds a node waits for another node's CRM migration before giving up.")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_LOCK_TIMEOUT_SECONDS)
            .add()
            .property()
            .name(QUERY_TIMEOUT)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Seconds a CRM query may run before it is cancelled (a CRM that hangs then answers like a CRM"
                    + " that is down, and frees the worker thread). 0 means no limit.")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_QUERY_TIMEOUT_SECONDS)
            .add()
            .property()
            .name(READING_AUTO_ACQUIRE_HOURS)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Hours after its submission a self-reading that the CRM has neither acquired nor refused is"
                    + " marked acquired (the customer can no longer withdraw it). 0 turns the automatic acquisition"
                    + " off.")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_READING_AUTO_ACQUIRE_HOURS)
            .add()
            .property()
            .name(READING_AUTO_ACQUIRE_INTERVAL)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Seconds between two runs of the automatic acquisition (one node of a cluster runs each).")
            .defaultValue(JpaCustomerDirectoryConfig.DEFAULT_READING_AUTO_ACQUIRE_INTERVAL_SECONDS)
            .add()
            .build();

    private JpaCustomerDirectoryConfigProperties() {}
}
