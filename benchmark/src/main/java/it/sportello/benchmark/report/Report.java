package it.sportello.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.sportello.benchmark.BenchmarkSettings;
import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's report: {@code index.html} (a table per scale, the targets, SVG plots drawn here), {@code runs.csv}
 * (every measured run) and {@code summary.json} (the same figures for machines).
 */
public final class Report {

    private final BenchmarkSettings settings;
    private final Instant started;
    private Instant finished;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<Integer, Map<String, Object>> loads = new LinkedHashMap<>();
    private final Map<Integer, List<RunResult>> runs = new LinkedHashMap<>();
    private final Map<Integer, List<Summary>> summaries = new LinkedHashMap<>();
    private final Map<Integer, Map<String, CrmLookupProbe.Timing>> probes = new LinkedHashMap<>();
    private final Map<Integer, Map<String, String>> skipped = new LinkedHashMap<>();
    private final List<String> machineLoad = new ArrayList<>();
    /** Per scale: why CRM statements were not counted, or absent when they were. */
    private final Map<Integer, String> noStatements = new LinkedHashMap<>();

    public Report(BenchmarkSettings settings, Instant started) {
        this.settings = settings;
        this.started = started;
    }

    public void machineLoad(String when) {
        machineLoad.add(when + ": load average " + Machine.loadAverage() + ", other JVMs running: "
                + Machine.otherJavaProcesses());
    }

    public void load(int scale, SyntheticCrm crm, CrmLoader.LoadTimes times) {
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("customers", crm.customers());
        load.put("supplyPoints", crm.supplyPointRows());
        load.put("invoices", crm.invoiceRows());
        load.put("legacyHashes", crm.pools().legacy());
        load.put("createMillis", times.tablesMillis());
        load.put("copyMillis", times.copyMillis());
        load.put("keysAndIndexesMillis", times.keysMillis());
        load.put("analyzeMillis", times.analyzeMillis());
        load.put("totalMillis", times.totalMillis());
        loads.put(scale, load);
    }

    public void statementCounting(int scale, String unavailableReason) {
        if (unavailableReason != null) {
            noStatements.put(scale, unavailableReason);
        }
    }

    public void scenarios(Collection<Scenario> all) {
        all.forEach(s -> scenarios.put(s.id(), s));
    }

    public void skipped(int scale, Scenario scenario, String reason) {
        skipped.computeIfAbsent(scale, s -> new LinkedHashMap<>()).put(scenario.id(), reason);
    }

    public void scale(int scale, List<RunResult> results, Map<String, CrmLookupProbe.Timing> probe) {
        runs.put(scale, results);
        probes.put(scale, probe);
        List<Summary> list = new ArrayList<>();
        for (Scenario scenario : scenarios.values()) {
            if (results.stream().anyMatch(r -> r.scenario().equals(scenario.id()))) {
                list.add(Summary.of(scale, scenario.id(), scenario.baseline(), results));
            }
        }
        summaries.put(scale, list);
        machineLoad("after " + scale + " customers");
    }

    public void finish(Instant end) {
        this.finished = end;
    }

    /** Writes the files into {@code dir}; callable after each scale, so an interrupted run still leaves a report. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("runs.csv"), csv());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(jsonModel()));
        Files.writeString(dir.resolve("index.html"), html());
        return dir;
    }

    // --- targets ------------------------------------------------------------------------------------------------

    /** One target of the issue, checked against the figures. */
    record Target(String what, String measured, String verdict) {}

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<Integer, List<Summary>> scale : summaries.entrySet()) {
            String at = " at " + scale.getKey() + " customers";
            find(scale.getValue(), "warm-login").ifPresent(s -> {
                targets.add(new Target(
                        "federated warm login ≤ 1.05 × CPU of a stock login" + at,
                        ratio(s.cpuRatio()) + "×",
                        verdict(s.cpuRatio() <= 1.05)));
                targets.add(statements("≤ 2 CRM statements per warm login" + at, s, 2));
            });
            find(scale.getValue(), "warm-refresh")
                    .ifPresent(s -> targets.add(statements("0 CRM statements per token refresh" + at, s, 0)));
            find(scale.getValue(), "claim")
                    .ifPresent(s -> targets.add(new Target(
                            "claiming ≤ 1.2 × CPU of a stock login" + at,
                            ratio(s.cpuRatio()) + "×",
                            verdict(s.cpuRatio() <= 1.2))));
            Map<String, String> skippedHere = skipped.getOrDefault(scale.getKey(), Map.of());
            if (skippedHere.containsKey("reset")) {
                targets.add(new Target("reset ≤ 1.2 × CPU of a stock login" + at, "—", skippedHere.get("reset")));
            } else {
                find(scale.getValue(), "reset")
                        .ifPresent(s -> targets.add(new Target(
                                "reset ≤ 1.2 × CPU of a stock login" + at,
                                ratio(s.cpuRatio()) + "× (" + fmt(s.mailsPerOp()) + " reset mails received per"
                                        + " operation, " + s.errors() + " errors)",
                                verdict(s.cpuRatio() <= 1.2))));
            }
        }
        Integer smallest = probes.keySet().stream().min(Integer::compare).orElse(null);
        if (probes.containsKey(1_000_000) && smallest != null && smallest < 1_000_000) {
            for (String query : probes.get(1_000_000).keySet()) {
                long big = probes.get(1_000_000).get(query).p99();
                long small = probes.get(smallest).get(query).p99();
                double ratio = (double) big / small;
                targets.add(new Target(
                        "p99 of a CRM lookup (" + query + ") at 1M within 1.5 × of " + smallest,
                        big + " µs vs " + small + " µs = " + ratio(ratio) + "×",
                        verdict(ratio <= 1.5)));
            }
        } else {
            targets.add(new Target(
                    "p99 of a CRM lookup at 1M within 1.5 × of 10k", "—", "not measured: 1M not in this run"));
        }
        for (String portal : List.of("portal-supply-points", "portal-invoices", "portal-reading")) {
            List<Summary> at1m = summaries.getOrDefault(1_000_000, List.of());
            String skip = skipped.values().stream()
                    .map(m -> m.get(portal))
                    .filter(s -> s != null)
                    .findFirst()
                    .orElse(null);
            if (skip != null) {
                targets.add(new Target(portal + " p95 < 20 ms at 1M", "—", skip));
            } else {
                find(at1m, portal)
                        .ifPresentOrElse(
                                s -> targets.add(new Target(
                                        portal + " p95 < 20 ms at 1M",
                                        fmt(s.p95Millis()) + " ms",
                                        verdict(s.p95Millis() < 20))),
                                () -> targets.add(new Target(portal + " p95 < 20 ms at 1M", "—", "not measured")));
            }
        }
        return targets;
    }

    /**
     * A statement-count target: measured with pg_stat_statements when the run had it, else only table scans are
     * there, which are not statements (a join reads two tables), so the verdict then says so.
     */
    private static Target statements(String what, Summary s, double most) {
        String scans = Double.isNaN(s.crmScansPerOp()) ? "" : ", " + fmt(s.crmScansPerOp()) + " table scans/op";
        if (Double.isNaN(s.crmStatementsPerOp())) {
            return new Target(
                    what,
                    fmt(s.crmScansPerOp()) + " table scans/op (statements not counted)",
                    Double.isNaN(s.crmScansPerOp())
                            ? "not measured"
                            : "not measured (table scans " + (s.crmScansPerOp() <= most ? "within" : "over") + ")");
        }
        return new Target(
                what, fmt(s.crmStatementsPerOp()) + " statements/op" + scans, verdict(s.crmStatementsPerOp() <= most));
    }

    private static java.util.Optional<Summary> find(List<Summary> list, String id) {
        return list.stream().filter(s -> s.scenario().equals(id)).findFirst();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    // --- files --------------------------------------------------------------------------------------------------

    private String csv() {
        StringBuilder out = new StringBuilder(
                "scale,round,scenario,paired_baseline_run,operations,errors,seconds,throughput_per_s,p50_ms,p95_ms,"
                        + "p99_ms,cpu_seconds,cpu_ms_per_op,cpu_source,driver_cpu_seconds,crm_statements,"
                        + "crm_statements_evicted,crm_table_scans,crm_transactions,mails\n");
        for (List<RunResult> list : runs.values()) {
            for (RunResult r : list) {
                out.append(String.join(
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
                                Long.toString(r.mails())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static double pct(RunResult r, double p) {
        return r.histogram().getTotalCount() == 0 ? Double.NaN : r.histogram().getValueAtPercentile(p) / 1000.0;
    }

    private Map<String, Object> jsonModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("started", started.toString());
        model.put("finished", finished == null ? null : finished.toString());
        model.put("machine", Machine.facts());
        model.put("machineLoad", machineLoad);
        model.put("settings", settingsMap());
        model.put("loads", loads);
        model.put("summaries", summaries);
        model.put("skipped", skipped);
        model.put("statementsNotCounted", noStatements);
        model.put("crmLookupMicros", probes);
        model.put("targets", targets());
        return model;
    }

    private Map<String, Object> settingsMap() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scales", settings.scales());
        s.put("secondsPerRun", settings.seconds());
        s.put("rounds", settings.rounds());
        s.put("concurrency", settings.concurrency());
        s.put("warmupSeconds", settings.warmupSeconds());
        s.put("invoicesPerSupplyPoint", settings.invoicesPerPoint());
        s.put("warmPool", settings.warmPool());
        s.put("localUsers", settings.localUsers());
        s.put("settleMillis", settings.settleMillis());
        s.put("legacyBcryptCost", SyntheticCrm.BCRYPT_COST);
        s.put("legacyPbkdf2Iterations", SyntheticCrm.PBKDF2_ITERATIONS);
        return s;
    }

    private String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sportello benchmark</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;")
                .append("margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:right}")
                .append(
                        "td:first-child,th:first-child{text-align:left}.met{color:#060}.not{color:#a00;font-weight:bold}")
                .append(".skip{color:#777}</style></head><body>");
        h.append("<h1>Sportello benchmark</h1><p>Started ")
                .append(started)
                .append(finished == null ? " (in progress)" : ", finished " + finished)
                .append(". Keycloak 26.7.3 in production mode on PostgreSQL, every Sportello provider deployed; ")
                .append(settings.concurrency())
                .append(" virtual users, ")
                .append(settings.seconds())
                .append(" s per run, ")
                .append(settings.rounds())
                .append(" rounds of baseline/scenario pairs (A B A B).</p>");
        h.append("<h2>Machine</h2><ul>");
        Machine.facts().forEach((k, v) -> h.append("<li>")
                .append(esc(k))
                .append(": ")
                .append(esc(String.valueOf(v)))
                .append("</li>"));
        machineLoad.forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
        h.append(
                        "<li>The load driver, Keycloak and PostgreSQL share this machine's cores, and other engineers' builds"
                                + " may have run at the same time: compare ratios within one run, not absolute figures across machines.</li>")
                .append("</ul>");
        h.append("<h2>Targets</h2><table><tr><th>target</th><th>measured</th><th>verdict</th></tr>");
        for (Target t : targets()) {
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
        for (Map.Entry<Integer, List<Summary>> scale : summaries.entrySet()) {
            h.append("<h2>").append(scale.getKey()).append(" CRM customers</h2>");
            Map<String, Object> load = loads.get(scale.getKey());
            if (load != null) {
                h.append("<p>CRM: ")
                        .append(load.get("customers"))
                        .append(" customers, ")
                        .append(load.get("supplyPoints"))
                        .append(" supply points, ")
                        .append(load.get("invoices"))
                        .append(" invoices, loaded in ")
                        .append(fmt(((Number) load.get("totalMillis")).doubleValue() / 1000))
                        .append(" s (COPY ")
                        .append(fmt(((Number) load.get("copyMillis")).doubleValue() / 1000))
                        .append(" s, keys and indexes ")
                        .append(fmt(((Number) load.get("keysAndIndexesMillis")).doubleValue() / 1000))
                        .append(" s).</p>");
            }
            if (noStatements.containsKey(scale.getKey())) {
                h.append("<p class=\"not\">CRM statements not counted at this scale: ")
                        .append(esc(noStatements.get(scale.getKey())))
                        .append("</p>");
            }
            h.append(table(scale.getValue(), skipped.getOrDefault(scale.getKey(), Map.of())));
            h.append(statementDetails(scale.getValue()));
            Map<String, CrmLookupProbe.Timing> probe = probes.get(scale.getKey());
            if (probe != null) {
                h.append("<p>CRM lookups over JDBC (µs): ");
                probe.values().forEach(t -> h.append(esc(t.query()))
                        .append(" p50 ")
                        .append(t.p50())
                        .append(" / p95 ")
                        .append(t.p95())
                        .append(" / p99 ")
                        .append(t.p99())
                        .append("; "));
                h.append("</p>");
            }
        }
        h.append("<h2>Plots</h2>");
        h.append(Svg.groupedBars(
                "CPU per operation (ms of Keycloak process CPU)", series(Summary::cpuMillisPerOp), "ms"));
        h.append(Svg.groupedBars("CPU ratio against the paired stock baseline", ratioSeries(), "×"));
        h.append(Svg.groupedBars("Throughput at saturation (operations/s)", series(Summary::throughput), "op/s"));
        h.append(Svg.groupedBars("p99 latency (ms)", series(Summary::p99Millis), "ms"));
        h.append(Svg.groupedBars("CRM SQL statements per operation", series(Summary::crmStatementsPerOp), ""));
        h.append("<h2>How each figure is measured</h2><ul>")
                .append(
                        "<li><b>throughput</b>: successful operations / wall time of the runs, closed model (each virtual"
                                + " user starts its next operation when the last one answered).</li>")
                .append(
                        "<li><b>p50/p95/p99</b>: time of a whole operation as the client saw it (all its HTTP requests),"
                                + " HdrHistogram over all runs of the scenario.</li>")
                .append("<li><b>CPU ms/op</b>: Keycloak's <code>process_cpu_seconds_total</code> (management"
                        + " <code>/metrics</code>; the OS figure of the same JVM if absent) after minus before each run,"
                        + " divided by the run's operations. Includes everything the server did in that time.</li>")
                .append("<li><b>driver CPU ms/op</b>: the benchmark JVM's own CPU time (the load driver, the mail sink,"
                        + " the counter readings) over the run, per operation.</li>")
                .append("<li><b>CRM stmts/op</b>: executions of SQL statements (SELECT, INSERT, UPDATE, DELETE) in the"
                        + " CRM database, from PostgreSQL's <code>pg_stat_statements</code> (top-level statements,"
                        + " utility statements such as BEGIN or PREPARE TRANSACTION not tracked), after minus before,"
                        + " the benchmark's own counter queries left out. Exact right after a run. The statements"
                        + " themselves are listed under each table.</li>")
                .append(
                        "<li><b>CRM scans/op</b>: PostgreSQL <code>pg_stat_user_tables</code> seq_scan + idx_scan summed"
                                + " over the CRM database's tables, after minus before (a statement touching two tables counts"
                                + " two; a primary-key lookup counts one). <b>CRM tx/op</b>: <code>pg_stat_database</code>"
                                + " xact_commit + xact_rollback of the CRM database. PostgreSQL publishes both up to 10 s"
                                + " late, so they are read only when the run waits for them (without pg_stat_statements or"
                                + " with <code>-Dbenchmark.settleMillis=10500</code>); otherwise shown as —.</li>")
                .append("<li><b>mails/op</b>: messages the benchmark's SMTP sink received during the run, per"
                        + " operation (claim: the verification mail; reset: the reset link).</li>")
                .append("<li><b>ratio</b>: the scenario's CPU/op (or throughput) over that of the stock baseline runs"
                        + " it was paired with (the baseline's run of the same round, same server; each round runs the"
                        + " baseline, then the scenarios compared with it).</li>")
                .append(
                        "</ul><p>Files: <a href=\"runs.csv\">runs.csv</a>, <a href=\"summary.json\">summary.json</a>.</p>");
        h.append("</body></html>\n");
        return h.toString();
    }

    private String table(List<Summary> list, Map<String, String> skippedHere) {
        StringBuilder t = new StringBuilder("<table><tr><th>scenario</th><th>ops</th><th>errors</th><th>op/s</th>"
                + "<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>CPU ms/op</th><th>driver CPU ms/op</th>"
                + "<th>CRM stmts/op</th><th>CRM scans/op</th><th>CRM tx/op</th><th>mails/op</th><th>CPU ratio</th>"
                + "<th>throughput ratio</th><th>baseline</th></tr>");
        for (Summary s : list) {
            t.append("<tr><td title=\"")
                    .append(esc(
                            scenarios.containsKey(s.scenario())
                                    ? scenarios.get(s.scenario()).title()
                                    : ""))
                    .append("\">")
                    .append(esc(s.scenario()))
                    .append("</td><td>")
                    .append(s.operations())
                    .append("</td><td>")
                    .append(s.errors())
                    .append("</td>");
            for (double v : new double[] {
                s.throughput(),
                s.p50Millis(),
                s.p95Millis(),
                s.p99Millis(),
                s.cpuMillisPerOp(),
                s.driverCpuMillisPerOp(),
                s.crmStatementsPerOp(),
                s.crmScansPerOp(),
                s.crmTransactionsPerOp(),
                s.mailsPerOp()
            }) {
                t.append("<td>").append(fmt(v)).append("</td>");
            }
            t.append("<td>").append(ratio(s.cpuRatio())).append("</td><td>").append(ratio(s.throughputRatio()));
            t.append("</td>");
            t.append("<td>")
                    .append(s.baseline() == null ? "(baseline)" : esc(s.baseline()))
                    .append("</td></tr>");
        }
        skippedHere.forEach((id, reason) -> t.append("<tr class=\"skip\"><td>")
                .append(esc(id))
                .append("</td><td colspan=\"15\">")
                .append(esc(reason))
                .append("</td></tr>"));
        return t.append("</table>").toString();
    }

    /** Markdown of the per-scale tables, for the README. */
    public String markdown() {
        StringBuilder m = new StringBuilder();
        for (Map.Entry<Integer, List<Summary>> scale : summaries.entrySet()) {
            m.append("\n").append(scale.getKey()).append(" customers:\n\n");
            m.append("| scenario | ops | op/s | p50 ms | p95 ms | p99 ms | CPU ms/op | CRM statements/op | mails/op"
                    + " | CPU ratio | errors |\n");
            m.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Summary s : scale.getValue()) {
                m.append("| ")
                        .append(s.scenario())
                        .append(" | ")
                        .append(s.operations())
                        .append(" | ")
                        .append(fmt(s.throughput()))
                        .append(" | ")
                        .append(fmt(s.p50Millis()))
                        .append(" | ")
                        .append(fmt(s.p95Millis()))
                        .append(" | ")
                        .append(fmt(s.p99Millis()))
                        .append(" | ")
                        .append(fmt(s.cpuMillisPerOp()))
                        .append(" | ")
                        .append(fmt(s.crmStatementsPerOp()))
                        .append(" | ")
                        .append(fmt(s.mailsPerOp()))
                        .append(" | ")
                        .append(s.baseline() == null ? "baseline" : ratio(s.cpuRatio()) + " vs " + s.baseline())
                        .append(" | ")
                        .append(s.errors())
                        .append(" |\n");
            }
            skipped.getOrDefault(scale.getKey(), Map.of()).forEach((id, reason) -> m.append("| ")
                    .append(id)
                    .append(" | ")
                    .append(reason)
                    .append(" ||||||||||\n"));
        }
        return m.toString();
    }

    /** Each Sportello scenario's most frequent CRM statements, per operation (pg_stat_statements' normalized text). */
    private static String statementDetails(List<Summary> list) {
        StringBuilder d = new StringBuilder();
        for (Summary s : list) {
            if (s.topStatementsPerOp().isEmpty()) {
                continue;
            }
            d.append("<details><summary>CRM statements of ")
                    .append(esc(s.scenario()))
                    .append(" (per operation")
                    .append(
                            s.statementsEvicted() > 0
                                    ? "; " + s.statementsEvicted()
                                            + " pg_stat_statements entries evicted during its runs"
                                    : "")
                    .append(")</summary><table><tr><th>statement</th><th>per op</th></tr>");
            s.topStatementsPerOp().forEach((query, perOp) -> d.append("<tr><td><code>")
                    .append(esc(query.length() > 300 ? query.substring(0, 300) + " …" : query))
                    .append("</code></td><td>")
                    .append(fmt(perOp))
                    .append("</td></tr>"));
            d.append("</table></details>");
        }
        return d.toString();
    }

    private Map<String, Map<String, Double>> series(java.util.function.ToDoubleFunction<Summary> value) {
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        summaries.forEach((scale, list) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            list.forEach(s -> values.put(s.scenario(), value.applyAsDouble(s)));
            series.put(scale + " customers", values);
        });
        return series;
    }

    private Map<String, Map<String, Double>> ratioSeries() {
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        summaries.forEach((scale, list) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            list.stream().filter(s -> s.baseline() != null).forEach(s -> values.put(s.scenario(), s.cpuRatio()));
            series.put(scale + " customers", values);
        });
        return series;
    }

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    /** Ratios with three decimals, so that the verdict and the figure shown never disagree by rounding. */
    static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
