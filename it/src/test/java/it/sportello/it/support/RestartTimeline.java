package it.sportello.it.support;

import it.sportello.it.support.SignInLoad.Attempt;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The sign-ins of a load around a database restart: answered before the stop was asked for, under way while the
 * database was down (at some time from the stop until it accepted connections again: those sent just before the stop
 * and answered after it included), sent shortly after (within the recovery bound) and afterwards. Times are printed
 * in milliseconds from the stop.
 *
 * @param stopNanos when the test asked PostgreSQL to stop
 * @param downNanos when the stop command returned (the server gone)
 * @param startNanos when the test asked it to start
 * @param upNanos when it accepted a new connection again
 * @param boundNanos how long after {@code upNanos} a sign-in may still fail
 */
public record RestartTimeline(
        List<Attempt> attempts, long stopNanos, long downNanos, long startNanos, long upNanos, long boundNanos) {

    /** The sign-ins answered before the stop was asked for. */
    public List<Attempt> before() {
        return attempts.stream().filter(a -> a.answeredNanos() < stopNanos).toList();
    }

    /** The sign-ins under way at some time between the stop and the database accepting connections again. */
    public List<Attempt> whileDown() {
        return attempts.stream()
                .filter(a -> a.answeredNanos() >= stopNanos && a.sentNanos() <= upNanos)
                .toList();
    }

    public List<Attempt> withinBound() {
        return attempts.stream()
                .filter(a -> a.sentNanos() > upNanos && a.sentNanos() <= upNanos + boundNanos)
                .toList();
    }

    public List<Attempt> afterBound() {
        return attempts.stream()
                .filter(a -> a.sentNanos() > upNanos + boundNanos)
                .toList();
    }

    public static List<Attempt> failed(List<Attempt> attempts) {
        return attempts.stream().filter(a -> !a.succeeded()).toList();
    }

    /**
     * Milliseconds from the database accepting connections to the answer of the last failed sign-in sent after it (0:
     * none failed after it was back).
     */
    public long recoveryMillis() {
        return attempts.stream()
                .filter(a -> a.sentNanos() > upNanos && !a.succeeded())
                .mapToLong(a -> millis(a.answeredNanos() - upNanos))
                .max()
                .orElse(0);
    }

    public String report() {
        StringBuilder out = new StringBuilder("Database restart under sign-in load (ms from the stop request):\n");
        out.append(String.format(
                "  stopped at %d, start asked at %d, accepting connections at %d: database down window %d ms%n",
                millis(downNanos - stopNanos),
                millis(startNanos - stopNanos),
                millis(upNanos - stopNanos),
                millis(upNanos - stopNanos)));
        List<Attempt> failures = failed(attempts);
        if (!failures.isEmpty()) {
            out.append(String.format(
                    "  failed sign-ins sent from %d to %d, answered by %d%n",
                    millis(failures.get(0).sentNanos() - stopNanos),
                    millis(failures.get(failures.size() - 1).sentNanos() - stopNanos),
                    millis(failures.stream()
                                    .mapToLong(Attempt::answeredNanos)
                                    .max()
                                    .orElse(stopNanos)
                            - stopNanos)));
        }
        out.append(line("answered before the stop", before()));
        out.append(line("under way while down", whileDown()));
        out.append(line("sent within " + millis(boundNanos) + " ms of being back", withinBound()));
        out.append(line("sent afterwards", afterBound()));
        out.append(String.format("  recovery after the database was back: %d ms%n", recoveryMillis()));
        failures.stream()
                .limit(12)
                .forEach(a -> out.append(String.format(
                        "    %s sent %d answered %d: %d %s%n",
                        a.username(),
                        millis(a.sentNanos() - stopNanos),
                        millis(a.answeredNanos() - stopNanos),
                        a.status(),
                        a.failure() == null ? "" : a.failure().replaceAll("\\s+", " "))));
        return out.toString();
    }

    private static String line(String phase, List<Attempt> attempts) {
        Map<Integer, Long> byStatus =
                new TreeMap<>(attempts.stream().collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
        return String.format(
                "  %-30s %5d sign-ins, %4d failed %s%n",
                phase, attempts.size(), failed(attempts).size(), byStatus);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
