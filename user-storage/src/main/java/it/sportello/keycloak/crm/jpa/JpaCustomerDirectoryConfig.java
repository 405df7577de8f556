package it.sportello.keycloak.crm.jpa;

import java.time.Duration;
import org.keycloak.Config;

/** Typed, null-safe view of the {@code jpa} customer directory options. */
record JpaCustomerDirectoryConfig(
        boolean migrate, boolean demoData, Duration migrationLockTimeout, Duration queryTimeout) {

    static final boolean DEFAULT_MIGRATE = true;
    static final boolean DEFAULT_DEMO_DATA = false;
    static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
    /** A CRM query that has not answered after this long is cancelled, so it cannot hold a worker thread. */
    static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 5;

    JpaCustomerDirectoryConfig {
        if (demoData && !migrate) {
            throw new IllegalArgumentException("customer-directory jpa: demo-data=true needs migrate=true");
        }
        if (migrationLockTimeout.isNegative() || migrationLockTimeout.isZero()) {
            throw new IllegalArgumentException("customer-directory jpa: migration-lock-timeout must be positive");
        }
        if (queryTimeout.isNegative()) {
            throw new IllegalArgumentException("customer-directory jpa: query-timeout must be 0 (none) or positive");
        }
    }

    static JpaCustomerDirectoryConfig from(Config.Scope scope) {
        return new JpaCustomerDirectoryConfig(
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.MIGRATE, DEFAULT_MIGRATE),
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.DEMO_DATA, DEFAULT_DEMO_DATA),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.MIGRATION_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT_SECONDS)),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.QUERY_TIMEOUT, DEFAULT_QUERY_TIMEOUT_SECONDS)));
    }
}
