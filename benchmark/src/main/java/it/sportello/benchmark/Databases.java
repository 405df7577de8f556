package it.sportello.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmark's own statements against PostgreSQL: fresh databases, and the CRM rows the scenarios need. */
final class Databases {

    private Databases() {}

    static void recreate(BenchmarkSettings settings, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        settings.postgresUrl() + "postgres", settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    /**
     * Reading windows open all month for every commodity (the demo's gas window is the 25th to the 5th), so that the
     * reading scenario measures accepted readings on any day the benchmark runs.
     */
    static void addReadingWindows(String crmUrl, BenchmarkSettings settings) throws Exception {
        try (Connection c = DriverManager.getConnection(crmUrl, settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("insert into reading_window (id, commodity, from_day, to_day) values"
                    + " ('6f1d2c1e-0000-4000-8000-000000000001', 'ELECTRICITY', 1, 31),"
                    + " ('6f1d2c1e-0000-4000-8000-000000000002', 'GAS', 1, 31),"
                    + " ('6f1d2c1e-0000-4000-8000-000000000003', 'WATER', 1, 31)");
        }
    }

    /** Deletes every meter reading: each reading run starts with no supply point read today. */
    static void clearReadings(String crmUrl, BenchmarkSettings settings) {
        try (Connection c = DriverManager.getConnection(crmUrl, settings.postgresUser(), settings.postgresPassword());
                Statement s = c.createStatement()) {
            s.execute("delete from meter_reading");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the meter readings", e);
        }
    }
}
