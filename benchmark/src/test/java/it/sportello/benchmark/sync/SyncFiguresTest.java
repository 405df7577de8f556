package it.sportello.benchmark.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyncFiguresTest {

    private static final SyncFigures.Changed CHANGED = new SyncFigures.Changed(1_000, 900, 0, 1_000, 0);

    @Test
    void aCompletedFullSyncWalksEveryCustomerATimeBoxedOneWhatItImported() {
        SyncFigures.Full done = new SyncFigures.Full(true, 50_000, 1_300, 100_000, 98_700, 0, 0);
        SyncFigures.Full boxed = new SyncFigures.Full(false, 60_000, 1_300, 61_300, 0, 0, 0);
        assertThat(done.customersPerSecond(100_000)).isEqualTo(2_000.0);
        assertThat(boxed.customersPerSecond(1_000_000)).isEqualTo(1_000.0);
        assertThat(new SyncFigures.Full(true, 0, 0, 0, 0, 0, 0).customersPerSecond(10))
                .isZero();
    }

    @Test
    void steadyRateLeavesTheFirstIntervalOutAndPeakLeavesTheBaselineOut() {
        SyncFigures f = new SyncFigures(
                1_000_000,
                CHANGED,
                CHANGED,
                new SyncFigures.Full(false, 60_000, 0, 40_000, 0, 0, 0),
                List.of(
                        new SyncFigures.Sample(0, 0, 400_000),
                        new SyncFigures.Sample(20_000, 5_000, 200_000),
                        new SyncFigures.Sample(40_000, 25_000, 210_000),
                        new SyncFigures.Sample(60_000, 45_000, 205_000)));
        assertThat(f.steadyImportsPerSecond()).isEqualTo(1_000.0);
        assertThat(f.heapBeforeKb()).isEqualTo(400_000);
        assertThat(f.peakHeapKb()).isEqualTo(210_000);
        assertThat(new SyncFigures(1, CHANGED, CHANGED, f.full(), f.samples().subList(0, 2)).steadyImportsPerSecond())
                .isZero();
    }
}
