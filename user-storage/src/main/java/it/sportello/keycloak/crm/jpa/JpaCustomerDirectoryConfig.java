package it.sportello.keycloak.crm.jpa;

import java.time.Duration;
import org.keycloak.Config;

/** Typed, null-safe view of the {@code jpa} customer directory options. */
record JpaCustomerDirectoryConfig(boolean migrate, boolean demoData, Duration migrationLockTimeout) {

    static final boolean DEFAULT_MIGRATE = true;
    static final boolean DEFAULT_DEMO_DATA = false;
    static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 600;

    JpaCustomerDirectoryConfig {
        if (demoData && !migrate) {
            throw new IllegalArgumentException("customer-directory jpa: demo-data=true needs migrate=true");
        }
        if (migrationLockTimeout.isNegative() || migrationLockTimeout.isZero()) {
            throw new IllegalArgumentException("customer-directory jpa: migration-lock-timeout must be positive");
        }
    }

    static JpaCustomerDirectoryConfig from(Config.Scope scope) {
        return new JpaCustomerDirectoryConfig(
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.MIGRATE, DEFAULT_MIGRATE),
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.DEMO_DATA, DEFAULT_DEMO_DATA),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.MIGRATION_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT_SECONDS)));
    }
}
