package it.sportello.keycloak.crm.jpa;

import java.time.Duration;
import org.keycloak.Config;

/** Typed, null-safe view of the {@code jpa} customer directory options. */
record JpaCustomerDirectoryConfig(
        boolean migrate,
        boolean demoData,
        Duration migrationLockTimeout,
        Duration queryTimeout,
        Duration readingAutoAcquireDelay,
        Duration readingAutoAcquireInterval) {

    static final boolean DEFAULT_MIGRATE = true;
    static final boolean DEFAULT_DEMO_DATA = false;
    static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
    /** A CRM query that has not answered after this long is cancelled, so it cannot hold a worker thread. */
    static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 5;
    /** A self-reading the CRM has neither acquired nor refused two days after its submission is acquired. */
    static final int DEFAULT_READING_AUTO_ACQUIRE_HOURS = 48;
    /** How often the automatic acquisition looks for such readings. */
    static final int DEFAULT_READING_AUTO_ACQUIRE_INTERVAL_SECONDS = 900;

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
        if (readingAutoAcquireDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "customer-directory jpa: reading-auto-acquire-hours must be 0 (off) or positive");
        }
        if (readingAutoAcquireInterval.isNegative() || readingAutoAcquireInterval.isZero()) {
            throw new IllegalArgumentException(
                    "customer-directory jpa: reading-auto-acquire-interval-seconds must be positive");
        }
    }

    /** Whether the automatic acquisition of self-readings runs (a delay of 0 turns it off). */
    boolean readingAutoAcquisition() {
        return !readingAutoAcquireDelay.isZero();
    }

    static JpaCustomerDirectoryConfig from(Config.Scope scope) {
        return new JpaCustomerDirectoryConfig(
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.MIGRATE, DEFAULT_MIGRATE),
                scope.getBoolean(JpaCustomerDirectoryConfigProperties.DEMO_DATA, DEFAULT_DEMO_DATA),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.MIGRATION_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT_SECONDS)),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.QUERY_TIMEOUT, DEFAULT_QUERY_TIMEOUT_SECONDS)),
                Duration.ofHours(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.READING_AUTO_ACQUIRE_HOURS,
                        DEFAULT_READING_AUTO_ACQUIRE_HOURS)),
                Duration.ofSeconds(scope.getInt(
                        JpaCustomerDirectoryConfigProperties.READING_AUTO_ACQUIRE_INTERVAL,
                        DEFAULT_READING_AUTO_ACQUIRE_INTERVAL_SECONDS)));
    }
}
