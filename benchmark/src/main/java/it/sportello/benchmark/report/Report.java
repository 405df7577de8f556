package it.sportello.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.sportello.benchmark.BenchmarkSettings;
import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.soak.SoakSeries;
import it.sportello.benchmark.sync.SyncFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<Integer, SyncFigures> syncs = new LinkedHashMap<>();
    private final Map<Integer, SoakSeries> soaks = new LinkedHashMap<>();
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

    public void sync(int scale, SyncFigures figures) {
        syncs.put(scale, figures);
    }

    public void soak(int scale, SoakSeries series) {
        soaks.put(scale, series);
    }

    public void finish(Instant end) {
        this.finished = end;
    }

    /** Writes the files into {@code dir}; callable after each scale, so an interrupted run still leaves a report. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("runs.csv"), RunsCsv.of(runs.values()));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(jsonModel()));
        Files.writeString(dir.resolve("index.html"), new HtmlPage(this).render());
        return dir;
    }

    // --- what the renderers read ------------------------------------------------------------------------------

    List<Target> targets() {
        List<Target> all = new ArrayList<>(Targets.of(summaries, skipped, probes));
        all.addAll(LongPhaseTargets.of(syncs, soaks));
        return all;
    }

    BenchmarkSettings settings() {
        return settings;
    }

    Instant started() {
        return started;
    }

    Instant finished() {
        return finished;
    }

    List<String> machineLoadNotes() {
        return machineLoad;
    }

    Map<Integer, Map<String, Object>> loads() {
        return loads;
    }

    Map<Integer, List<Summary>> summaries() {
        return summaries;
    }

    Map<Integer, Map<String, String>> skipped() {
        return skipped;
    }

    Map<Integer, Map<String, CrmLookupProbe.Timing>> probes() {
        return probes;
    }

    Map<Integer, SyncFigures> syncs() {
        return syncs;
    }

    Map<Integer, SoakSeries> soaks() {
        return soaks;
    }

    Map<Integer, String> noStatements() {
        return noStatements;
    }

    String scenarioTitle(String id) {
        return scenarios.containsKey(id) ? scenarios.get(id).title() : "";
    }

    /** Markdown of the per-scale tables, for docs/benchmark.md. */
    public String markdown() {
        return MarkdownTables.of(summaries, skipped);
    }

    // --- summary.json -------------------------------------------------------------------------------------------

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
        model.put("sync", syncs);
        model.put("soak", soaks);
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
        s.put("portalConcurrency", settings.portalConcurrency());
        s.put("syncSeconds", settings.syncSeconds());
        s.put("soakScale", settings.soakScale());
        s.put("soakMinutes", settings.soakMinutes());
        s.put("legacyBcryptCost", SyntheticCrm.BCRYPT_COST);
        s.put("legacyPbkdf2Iterations", SyntheticCrm.PBKDF2_ITERATIONS);
        return s;
    }
}
