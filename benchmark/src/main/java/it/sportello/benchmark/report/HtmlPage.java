package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.esc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** {@code index.html}: the run, the machine, the targets, a section per scale, the plots and how each figure is made. */
final class HtmlPage {

    /** The last section: what each column means and how it is read from the server and PostgreSQL. */
    private static final String HOW_MEASURED = "<h2>How each figure is measured</h2><ul>"
            + "<li><b>throughput</b>: successful operations / wall time of the runs, closed model (each virtual"
            + " user starts its next operation when the last one answered).</li>"
            + "<li><b>p50/p95/p99</b>: time of a whole operation as the client saw it (all its HTTP requests),"
            + " HdrHistogram over all runs of the scenario.</li>"
            + "<li><b>CPU ms/op</b>: Keycloak's <code>process_cpu_seconds_total</code> (management"
            + " <code>/metrics</code>; the OS figure of the same JVM if absent) after minus before each run,"
            + " divided by the run's operations. Includes everything the server did in that time.</li>"
            + "<li><b>driver CPU ms/op</b>: the benchmark JVM's own CPU time (the load driver, the mail sink,"
            + " the counter readings) over the run, per operation.</li>"
            + "<li><b>CRM stmts/op</b>: executions of SQL statements (SELECT, INSERT, UPDATE, DELETE) in the"
            + " CRM database, from PostgreSQL's <code>pg_stat_statements</code> (top-level statements,"
            + " utility statements such as BEGIN or PREPARE TRANSACTION not tracked), after minus before,"
            + " the benchmark's own counter queries left out. Exact right after a run. The statements"
            + " themselves are listed under each table.</li>"
            + "<li><b>CRM scans/op</b>: PostgreSQL <code>pg_stat_user_tables</code> seq_scan + idx_scan summed"
            + " over the CRM database's tables, after minus before (a statement touching two tables counts"
            + " two; a primary-key lookup counts one). <b>CRM tx/op</b>: <code>pg_stat_database</code>"
            + " xact_commit + xact_rollback of the CRM database. PostgreSQL publishes both up to 10 s"
            + " late, so they are read only when the run waits for them (without pg_stat_statements or"
            + " with <code>-Dbenchmark.settleMillis=10500</code>); otherwise shown as —.</li>"
            + "<li><b>mails/op</b>: messages the benchmark's SMTP sink received during the run, per"
            + " operation (claim and claim-no-question: the verification mail whose link it follows, and a second mail; reset: the link it follows and the password-changed notice; stock-register and stock-reset-forced-login: their link).</li>"
            + "<li><b>ratio</b>: the scenario's CPU/op (or throughput) over that of the stock baseline runs"
            + " it was paired with (the baseline's run of the same round, same server; each round runs the"
            + " baseline, then the scenarios compared with it).</li>"
            + "</ul><p>Files: <a href=\"runs.csv\">runs.csv</a>, <a href=\"summary.json\">summary.json</a>.</p>";

    private final Report report;

    HtmlPage(Report report) {
        this.report = report;
    }

    String render() {
        StringBuilder h = new StringBuilder();
        head(h);
        machine(h);
        targets(h);
        ScaleSection sections = new ScaleSection(report);
        report.summaries().forEach((scale, list) -> sections.append(h, scale, list));
        h.append(SyncSection.html(report.syncs()));
        h.append(SoakSection.html(report.soaks()));
        plots(h);
        h.append(HOW_MEASURED);
        h.append("</body></html>\n");
        return h.toString();
    }

    private void head(StringBuilder h) {
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sportello benchmark</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;")
                .append("margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:right}")
                .append(
                        "td:first-child,th:first-child{text-align:left}.met{color:#060}.not{color:#a00;font-weight:bold}")
                .append(".skip{color:#777}</style></head><body>");
        h.append("<h1>Sportello benchmark</h1><p>Started ")
                .append(report.started())
                .append(report.finished() == null ? " (in progress)" : ", finished " + report.finished())
                .append(". Keycloak 26.7.3 in production mode on PostgreSQL, every Sportello provider deployed; ")
                .append(report.settings().concurrency())
                .append(" virtual users, ")
                .append(report.settings().seconds())
                .append(" s per run, ")
                .append(report.settings().rounds())
                .append(" rounds of baseline/scenario pairs (A B A B).</p>");
    }

    private void machine(StringBuilder h) {
        h.append("<h2>Machine</h2><ul>");
        Machine.facts().forEach((k, v) -> h.append("<li>")
                .append(esc(k))
                .append(": ")
                .append(esc(String.valueOf(v)))
                .append("</li>"));
        report.machineLoadNotes().forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
        h.append(
                        "<li>The load driver, Keycloak and PostgreSQL share this machine's cores, and other engineers' builds"
                                + " may have run at the same time: compare ratios within one run, not absolute figures across machines.</li>")
                .append("</ul>");
    }

    private void targets(StringBuilder h) {
        h.append("<h2>Targets</h2><table><tr><th>target</th><th>measured</th><th>verdict</th></tr>");
        for (Target t : report.targets()) {
            String cls = t.verdict().equals("met") ? "met" : t.verdict().startsWith("NOT") ? "not" : "skip";
            h.append("<tr><td>")
                    .append(esc(t.what()))
                    .append("</td><td>")
                    .append(esc(t.measured()))
                    .append("</td><td class=\"")
                    .append(cls)
                    .append("\">")
                    .append(esc(t.verdict()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private void plots(StringBuilder h) {
        h.append("<h2>Plots</h2>");
        h.append(Svg.groupedBars(
                "CPU per operation (ms of Keycloak process CPU)", series(Summary::cpuMillisPerOp), "ms"));
        h.append(Svg.groupedBars("CPU ratio against the paired stock baseline", ratioSeries(), "×"));
        h.append(Svg.groupedBars("Throughput at saturation (operations/s)", series(Summary::throughput), "op/s"));
        h.append(Svg.groupedBars("p99 latency (ms)", series(Summary::p99Millis), "ms"));
        h.append(Svg.groupedBars("CRM SQL statements per operation", series(Summary::crmStatementsPerOp), ""));
    }

    private Map<String, Map<String, Double>> series(ToDoubleFunction<Summary> value) {
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        report.summaries().forEach((scale, list) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            list.forEach(s -> values.put(s.scenario(), value.applyAsDouble(s)));
            series.put(scale + " customers", values);
        });
        return series;
    }

    private Map<String, Map<String, Double>> ratioSeries() {
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        report.summaries().forEach((scale, list) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            list.stream().filter(s -> s.baseline() != null).forEach(s -> values.put(s.scenario(), s.cpuRatio()));
            series.put(scale + " customers", values);
        });
        return series;
    }
}
