package it.sportello.benchmark.report;

import java.util.List;
import org.HdrHistogram.Histogram;

/** The runs of one scenario at one scale, added up; ratios against the baseline runs each was paired with. */
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
        double crmScansPerOp,
        double crmTransactionsPerOp,
        double cpuRatio,
        double throughputRatio,
        int runs,
        String firstError) {

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
                own.operations == 0 ? Double.NaN : (double) own.scans / own.operations,
                own.operations == 0 ? Double.NaN : (double) own.transactions / own.operations,
                cpuRatio,
                throughputRatio,
                runs.size(),
                firstError);
    }

    private record Aggregate(
            long operations, long errors, double seconds, double cpu, long scans, long transactions, Histogram times) {
        static Aggregate of(List<RunResult> runs) {
            Histogram times = new Histogram(3);
            long operations = 0;
            long errors = 0;
            double seconds = 0;
            double cpu = 0;
            long scans = 0;
            long transactions = 0;
            for (RunResult run : runs) {
                times.add(run.histogram());
                operations += run.operations();
                errors += run.errors();
                seconds += run.seconds();
                cpu += run.cpuSeconds();
                scans += run.crmScans();
                transactions += run.crmTransactions();
            }
            return new Aggregate(operations, errors, seconds, cpu, scans, transactions, times);
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
