package it.sportello.benchmark.report;

import org.HdrHistogram.Histogram;

/**
 * One measured run of one scenario: operations and their times, and the counters' differences over the run.
 * {@code pairedWith} is the index (in the scale's list) of the baseline run just before it, or -1.
 */
public record RunResult(
        int scale,
        int round,
        String scenario,
        Histogram histogram,
        long operations,
        long errors,
        double seconds,
        double cpuSeconds,
        String cpuSource,
        long crmScans,
        long crmTransactions,
        int pairedWith,
        String firstError) {

    public double throughput() {
        return operations / seconds;
    }
}
