package it.sportello.benchmark.soak;

import java.util.List;
import java.util.Locale;

/**
 * A soak run minute by minute, and its checks: no error, p99 stable (the last minute within 1.2 times the second),
 * Keycloak's heap after a full GC not growing more than 10 % from minute 2 to the last, the CRM connection pool never
 * making a request wait.
 */
public record SoakSeries(double maxSignInsPerSecond, double signInsPerSecond, List<Minute> minutes) {

    public static final double P99_GROWTH_LIMIT = 1.2;
    public static final double HEAP_GROWTH_LIMIT = 1.10;

    /**
     * One minute: operations and errors of every kind, p99 of all operations and of the sign-ins, the heap used after
     * a full GC at its end, and the CRM pool's threads waiting for a connection and longest wait (-1: not exposed).
     */
    public record Minute(
            int minute,
            long operations,
            long errors,
            double p99Millis,
            double signInP99Millis,
            long heapAfterGcKb,
            double poolAwaiting,
            double poolBlockingMaxMillis) {}

    public long errors() {
        return minutes.stream().mapToLong(Minute::errors).sum();
    }

    /** The last minute's p99 over the second's (the first is the run's own warm-up), or NaN with fewer than two. */
    public double p99Growth() {
        return ratio(Minute::p99Millis);
    }

    public double signInP99Growth() {
        return ratio(Minute::signInP99Millis);
    }

    /** The last minute's heap after GC over the second's, or NaN with fewer than two minutes. */
    public double heapGrowth() {
        return ratio(m -> m.heapAfterGcKb());
    }

    /** Whether a request ever waited for a CRM connection (a sample with waiting threads or a wait longer than 0). */
    public boolean poolWaited() {
        return minutes.stream().anyMatch(m -> m.poolAwaiting() > 0 || m.poolBlockingMaxMillis() > 0);
    }

    public boolean poolExposed() {
        return minutes.stream().anyMatch(m -> m.poolAwaiting() >= 0);
    }

    /** The checks as lines "what: measured: verdict". */
    public List<String> verdicts() {
        return List.of(
                line("errors", Long.toString(errors()), errors() == 0),
                line("p99 of all operations, last minute / second", fmt(p99Growth()), p99Growth() <= P99_GROWTH_LIMIT),
                line(
                        "p99 of sign-ins, last minute / second",
                        fmt(signInP99Growth()),
                        signInP99Growth() <= P99_GROWTH_LIMIT),
                line("heap after full GC, last minute / second", fmt(heapGrowth()), heapGrowth() <= HEAP_GROWTH_LIMIT),
                poolExposed()
                        ? line(
                                "CRM pool: a request waited for a connection",
                                poolWaited() ? "yes" : "no",
                                !poolWaited())
                        : "CRM pool: not exposed in /metrics: not measured");
    }

    private double ratio(java.util.function.ToDoubleFunction<Minute> value) {
        if (minutes.size() < 2) {
            return Double.NaN;
        }
        double second = value.applyAsDouble(minutes.get(1));
        return second <= 0 ? Double.NaN : value.applyAsDouble(minutes.get(minutes.size() - 1)) / second;
    }

    private static String line(String what, String measured, boolean met) {
        return what + ": " + measured + ": " + (met ? "met" : "NOT met");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
