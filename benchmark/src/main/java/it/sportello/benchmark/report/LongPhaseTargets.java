package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.fmt;
import static it.sportello.benchmark.report.Format.ratio;

import it.sportello.benchmark.soak.SoakSeries;
import it.sportello.benchmark.sync.SyncFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets of the synchronization phase and the soak (issue 20), as rows of the report's targets table beside the
 * scenarios' ones: full sync rate, changed-users sync time, heap flat from the smallest synchronized scale to the
 * largest, and the soak's checks.
 */
final class LongPhaseTargets {

    /** Heap after GC at the largest scale over the smallest within which the sync's memory counts as flat. */
    static final double FLAT_HEAP = 1.2;

    private LongPhaseTargets() {}

    static List<Target> of(Map<Integer, SyncFigures> syncs, Map<Integer, SoakSeries> soaks) {
        List<Target> targets = new ArrayList<>();
        syncs.forEach((scale, f) -> {
            String at = " at " + scale + " customers";
            double rate = f.full().customersPerSecond(f.customers());
            targets.add(new Target(
                    "full sync ≥ 1,000 customers/s" + at,
                    fmt(rate) + " customers/s (" + (f.full().completed() ? "done in " : "time box ended at ")
                            + f.full().millis() / 1000 + " s; " + fmt(f.steadyImportsPerSecond())
                            + " imports/s between samples)",
                    verdict(rate >= 1_000)));
            targets.add(new Target(
                    "changed-users sync of 1,000 changed rows, all imported before, < 5 s" + at,
                    f.changed().millis() + " ms (" + f.changed().updated() + " updated)",
                    verdict(f.changed().millis() < 5_000)));
        });
        int smallest = syncs.keySet().stream().min(Integer::compare).orElse(0);
        int largest = syncs.keySet().stream().max(Integer::compare).orElse(0);
        if (smallest < largest) {
            long small = syncs.get(smallest).peakHeapKb();
            long big = syncs.get(largest).peakHeapKb();
            double growth = small <= 0 ? Double.NaN : (double) big / small;
            targets.add(new Target(
                    "full sync's heap after GC flat: peak at " + largest + " ≤ " + fmt(FLAT_HEAP) + " × at " + smallest,
                    big / 1024 + " MB vs " + small / 1024 + " MB = " + ratio(growth) + "×",
                    verdict(growth <= FLAT_HEAP)));
        }
        soaks.forEach((scale, series) -> {
            for (String line : series.verdicts()) {
                // "what: measured: verdict"
                String[] parts = line.split(": ");
                targets.add(
                        parts.length == 3
                                ? new Target("soak at " + scale + " customers, " + parts[0], parts[1], parts[2])
                                : new Target("soak at " + scale + " customers, " + line, "—", "not measured"));
            }
        });
        return targets;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
