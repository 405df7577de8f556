package it.sportello.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What a benchmark run does, from system properties (the Maven profile passes {@code -Dbenchmark.*} through). */
public record BenchmarkSettings(
        List<Integer> scales,
        int seconds,
        int rounds,
        int concurrency,
        int warmupSeconds,
        int invoicesPerPoint,
        int warmPool,
        int localUsers,
        long settleMillis,
        String postgresUrl,
        String postgresUser,
        String postgresPassword,
        Path target,
        Path keycloakZip,
        List<Path> providers,
        boolean check,
        int planScale,
        List<String> only,
        String jfr,
        int syncSeconds,
        int soakScale,
        int soakMinutes,
        int portalConcurrency) {

    public static final String KEYCLOAK_DATABASE = "sportello_bench_keycloak";
    public static final String CRM_DATABASE = "sportello_bench_crm";
    public static final int HTTP_PORT = 8380;
    public static final int MANAGEMENT_PORT = 9380;
    public static final int SMTP_PORT = 3925;

    public static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                // 0: no scale, only the query-plan check (and the CRM lookups timed on its CRM)
                Arrays.stream(property("benchmark.scales", "10000").split(","))
                        .map(String::trim)
                        .map(Integer::parseInt)
                        .filter(scale -> scale > 0)
                        .toList(),
                Integer.parseInt(property("benchmark.seconds", "20")),
                Integer.parseInt(property("benchmark.rounds", "2")),
                Integer.parseInt(property("benchmark.concurrency", "8")),
                Integer.parseInt(property("benchmark.warmupSeconds", "10")),
                Integer.parseInt(property("benchmark.invoicesPerPoint", "6")),
                Integer.parseInt(property("benchmark.warmPool", "300")),
                Integer.parseInt(property("benchmark.localUsers", "50")),
                // -1: wait for PostgreSQL's table statistics only when statements cannot be counted
                Long.parseLong(property("benchmark.settleMillis", "-1")),
                property("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
                property("benchmark.postgres.user", "postgres"),
                property("benchmark.postgres.password", "postgres"),
                Path.of(property("benchmark.target", "target")).toAbsolutePath(),
                Path.of(required("benchmark.keycloak.zip")),
                List.of(
                        Path.of(required("benchmark.jar.user-storage")),
                        Path.of(required("benchmark.jar.authenticators")),
                        Path.of(required("benchmark.jar.portal")),
                        Path.of(required("benchmark.jar.themes"))),
                // the smoke in CI: fail on an error, a figure other than expected-figures.properties, a bad plan
                Boolean.parseBoolean(property("benchmark.check", "false")),
                // customers of the query-plan check's own CRM; 0: no plan check
                Integer.parseInt(property("benchmark.planScale", "100000")),
                // scenario ids to run (with their baselines); empty: all of them
                Arrays.stream(property("benchmark.only", "").split(","))
                        .map(String::trim)
                        .filter(id -> !id.isEmpty())
                        .toList(),
                // a JFR recording of Keycloak's whole run, written when it stops: "true" (JDK's profile settings) or
                // the path of a .jfc settings file (a shorter sampling period, say); "false": none
                property("benchmark.jfr", "false"),
                // the synchronization phase's time box for the full sync, in seconds; 0: no synchronization phase
                Integer.parseInt(property("benchmark.syncSeconds", "0")),
                // the scale the soak runs at (one of benchmark.scales), and for how long; 0: no soak
                Integer.parseInt(property("benchmark.soakScale", "0")),
                Integer.parseInt(property("benchmark.soakMinutes", "10")),
                // virtual users of the portal's runs below saturation (stock-userinfo and the portal calls once more,
                // after the saturated rounds); 0: none
                Integer.parseInt(property("benchmark.portalConcurrency", "0")));
    }

    /**
     * Customers consumed by the cold-login, claim and reset scenarios: each operation uses one up, so the pools follow the
     * measured time (an upper bound of 60 operations a second on this kind of machine, at least 200), clamped to what
     * the CRM has. Each carries a legacy hash, whose generation is most of a small scale's load time.
     */
    public int consumedPool(int customers) {
        int wanted = Math.max(200, seconds * rounds * 60);
        return Math.min(wanted, (customers - warmPool) / 3);
    }

    /** The JFR settings Keycloak records with, or null for no recording. */
    public String jfrSettings() {
        return switch (jfr) {
            case "false" -> null;
            case "true" -> "profile";
            default -> jfr;
        };
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + name + " is not set (run through -Pbenchmark)");
        }
        return value;
    }
}
