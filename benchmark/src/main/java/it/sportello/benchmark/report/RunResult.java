package it.sportello.benchmark.report;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One measured run of one scenario: operations and their times, and the counters' differences over the run.
 * {@code pairedWith} is the index (in the scale's list) of the baseline run just before it, or -1. CRM figures that
 * were not measured are -1: statements without {@code pg_stat_statements}, scans and transactions without a settle
 * wait. {@code mails} is what the mail sink received during the run.
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
        double driverCpuSeconds,
        long crmStatements,
        Map<String, Long> perStatement,
        long statementsEvicted,
        long crmScans,
        long crmTransactions,
        long mails,
        int pairedWith,
        String firstError) {

    public double throughput() {
        return operations / seconds;
    }
}
