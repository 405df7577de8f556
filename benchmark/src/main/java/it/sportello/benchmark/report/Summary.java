package it.sportello.benchmark.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The runs of one scenario at one scale, added up; ratios against the baseline runs each was paired with. A CRM
 * figure is NaN when a run did not measure it (see {@link RunResult}).
 */
public record Summary(
        int scale,
        String scenario,
        String baseline,
        long operations,
        long errors,
        double throughput,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        double cpuMillisPerOp,
        double driverCpuMillisPerOp,
        double crmStatementsPerOp,
        double crmScansPerOp,
        double crmTransactionsPerOp,
        double mailsPerOp,
        double cpuRatio,
        double throughputRatio,
        int runs,
        long statementsEvicted,
        Map<String, Double> topStatementsPerOp,
        String firstError) {

    /** How many of a scenario's statements the report lists. */
    static final int TOP_STATEMENTS = 8;

    public static Summary of(int scale, String scenario, String baseline, List<RunResult> all) {
        List<RunResult> runs =
                all.stream().filter(r -> r.scenario().equals(scenario)).toList();
        Aggregate own = Aggregate.of(runs);
        double cpuRatio = Double.NaN;
        double throughputRatio = Double.NaN;
        if (baseline != null) {
            List<RunResult> paired = runs.stream()
                    .filter(r -> r.pairedWith() >= 0)
                    .map(r -> all.get(r.pairedWith()))
                    .toList();
            Aggregate base = Aggregate.of(paired);
            cpuRatio = own.cpuPerOp() / base.cpuPerOp();
            throughputRatio = own.throughput() / base.throughput();
        }
        String firstError = runs.stream()
                .map(RunResult::firstError)
                .filter(e -> e != null && !e.isEmpty())
                .findFirst()
                .orElse("");
        return new Summary(
                scale,
                scenario,
                baseline,
                own.operations,
                own.errors,
                own.throughput(),
                own.percentile(50),
                own.percentile(95),
                own.percentile(99),
                own.cpuPerOp() * 1000,
                own.operations == 0 ? Double.NaN : own.driverCpu * 1000 / own.operations,
                perOp(own.statements, own.operations),
                perOp(own.scans, own.operations),
                perOp(own.transactions, own.operations),
                perOp(own.mails, own.operations),
                cpuRatio,
                throughputRatio,
                runs.size(),
                own.evicted,
                topStatements(runs, own.operations),
                firstError);
    }

    /** The scenario's most frequent statements over its runs, per operation. */
    private static Map<String, Double> topStatements(List<RunResult> runs, long operations) {
        Map<String, Long> calls = new LinkedHashMap<>();
        runs.forEach(r -> r.perStatement().forEach((q, c) -> calls.merge(q, c, Long::sum)));
        Map<String, Double> top = new LinkedHashMap<>();
        calls.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(TOP_STATEMENTS)
                .forEach(e -> top.put(e.getKey(), operations == 0 ? Double.NaN : (double) e.getValue() / operations));
        return top;
    }

    private static double perOp(long count, long operations) {
        return count < 0 || operations == 0 ? Double.NaN : (double) count / operations;
    }

    private record Aggregate(
            long operations,
            long errors,
            double seconds,
            double cpu,
            double driverCpu,
            long statements,
            long scans,
            long transactions,
            long mails,
            long evicted,
            Histogram times) {
        static Aggregate of(List<RunResult> runs) {
            Histogram times = new Histogram(3);
            long operations = 0;
            long errors = 0;
            double seconds = 0;
            double cpu = 0;
            double driverCpu = 0;
            long statements = 0;
            long scans = 0;
            long transactions = 0;
            long mails = 0;
            long evicted = 0;
            for (RunResult run : runs) {
                times.add(run.histogram());
                operations += run.operations();
                errors += run.errors();
                seconds += run.seconds();
                cpu += run.cpuSeconds();
                driverCpu += run.driverCpuSeconds();
                // one unmeasured run makes the whole figure unmeasured (-1)
                statements = statements < 0 || run.crmStatements() < 0 ? -1 : statements + run.crmStatements();
                scans = scans < 0 || run.crmScans() < 0 ? -1 : scans + run.crmScans();
                transactions =
                        transactions < 0 || run.crmTransactions() < 0 ? -1 : transactions + run.crmTransactions();
                mails += run.mails();
                evicted += run.statementsEvicted();
            }
            return new Aggregate(
                    operations,
                    errors,
                    seconds,
                    cpu,
                    driverCpu,
                    statements,
                    scans,
                    transactions,
                    mails,
                    evicted,
                    times);
        }

        double throughput() {
            return seconds == 0 ? Double.NaN : operations / seconds;
        }

        double cpuPerOp() {
            return operations == 0 ? Double.NaN : cpu / operations;
        }

        double percentile(double p) {
            return times.getTotalCount() == 0 ? Double.NaN : times.getValueAtPercentile(p) / 1000.0;
        }
    }
}
