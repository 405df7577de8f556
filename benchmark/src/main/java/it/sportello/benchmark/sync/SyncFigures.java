package it.sportello.benchmark.sync;

import java.util.List;

/**
 * What the synchronization phase measured at one scale: two changed-users syncs of the same changed rows (the first
 * imports those not yet in Keycloak, the second refreshes them all) and a full sync, with Keycloak's heap after a full
 * GC sampled while it ran.
 */
public record SyncFigures(int customers, Changed firstChanged, Changed changed, Full full, List<Sample> samples) {

    /** One changed-users sync of {@code rows} CRM rows stamped just before it. */
    public record Changed(int rows, long millis, int added, int updated, int failed) {}

    /**
     * The full sync: {@code completed} when it answered within the time box; {@code imported} the Keycloak users linked
     * to the CRM when it answered or when the time box ended.
     */
    public record Full(
            boolean completed, long millis, long importedBefore, long imported, int added, int updated, int failed) {

        /** Customers walked per second: all of them when it completed, else those it imported meanwhile. */
        public double customersPerSecond(int customers) {
            long walked = completed ? customers : imported - importedBefore;
            return millis <= 0 ? 0 : walked * 1000.0 / millis;
        }
    }

    /** Keycloak users linked to the CRM and heap used after a full GC, {@code atMillis} after the full sync began. */
    public record Sample(long atMillis, long imported, long heapUsedKb) {}

    /** The largest heap after GC while the full sync ran or right after it (the first sample is the one before). */
    public long peakHeapKb() {
        return samples.stream().skip(1).mapToLong(Sample::heapUsedKb).max().orElse(-1);
    }

    /** The heap after GC before the full sync. */
    public long heapBeforeKb() {
        return samples.isEmpty() ? -1 : samples.get(0).heapUsedKb();
    }

    /**
     * Import rate between the second sample and the last (the first interval includes the sync's start), in users
     * per second; 0 with fewer than three samples.
     */
    public double steadyImportsPerSecond() {
        if (samples.size() < 3) {
            return 0;
        }
        Sample from = samples.get(1);
        Sample to = samples.get(samples.size() - 1);
        return to.atMillis() == from.atMillis()
                ? 0
                : (to.imported() - from.imported()) * 1000.0 / (to.atMillis() - from.atMillis());
    }
}
