package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.fmt;

import java.util.Collection;
import java.util.List;

/** {@code runs.csv}: one line per measured run, for spreadsheets and scripts. */
final class RunsCsv {

    private static final String HEADER =
            "scale,round,scenario,paired_baseline_run,operations,errors,seconds,throughput_per_s,p50_ms,p95_ms,"
                    + "p99_ms,cpu_seconds,cpu_ms_per_op,cpu_source,driver_cpu_seconds,crm_statements,"
                    + "crm_statements_evicted,crm_table_scans,crm_transactions,mails\n";

    private RunsCsv() {}

    static String of(Collection<List<RunResult>> runs) {
        StringBuilder out = new StringBuilder(HEADER);
        for (List<RunResult> list : runs) {
            for (RunResult r : list) {
                out.append(line(r)).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(RunResult r) {
        return String.join(
                ",",
                Integer.toString(r.scale()),
                Integer.toString(r.round()),
                r.scenario(),
                Integer.toString(r.pairedWith()),
                Long.toString(r.operations()),
                Long.toString(r.errors()),
                fmt(r.seconds()),
                fmt(r.throughput()),
                fmt(pct(r, 50)),
                fmt(pct(r, 95)),
                fmt(pct(r, 99)),
                fmt(r.cpuSeconds()),
                fmt(r.operations() == 0 ? Double.NaN : 1000 * r.cpuSeconds() / r.operations()),
                r.cpuSource(),
                fmt(r.driverCpuSeconds()),
                Long.toString(r.crmStatements()),
                Long.toString(r.statementsEvicted()),
                Long.toString(r.crmScans()),
                Long.toString(r.crmTransactions()),
                Long.toString(r.mails()));
    }

    private static double pct(RunResult r, double p) {
        return r.histogram().getTotalCount() == 0 ? Double.NaN : r.histogram().getValueAtPercentile(p) / 1000.0;
    }
}
