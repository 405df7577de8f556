package it.sportello.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.sportello.benchmark.BenchmarkSettings;
import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.CrmLookupProbe;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.Browser;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.soak.SoakSeries;
import it.sportello.benchmark.sync.SyncFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's three files keep their names, columns, fields and sections: scripts and the docs read them. */
class ReportTest {

    private record Named(String id, String title, String baseline) implements Scenario {
        @Override
        public Worker worker(Browser browser, int index) {
            throw new UnsupportedOperationException();
        }
    }

    private static RunResult run(int scale, String scenario, int pairedWith, double cpu, long statements) {
        Histogram times = new Histogram(3);
        times.recordValue(2_000);
        Map<String, Long> perStatement =
                statements < 0 ? Map.of() : Map.of("select * from customer where customer_code=$1", statements);
        return new RunResult(
                scale,
                1,
                scenario,
                times,
                100,
                0,
                10,
                cpu,
                "metrics",
                0.2,
                statements,
                perStatement,
                0,
                -1,
                -1,
                0,
                pairedWith,
                "");
    }

    private static Report report() {
        BenchmarkSettings settings = new BenchmarkSettings(
                List.of(10_000, 1_000_000),
                20,
                2,
                8,
                10,
                6,
                300,
                50,
                -1,
                "jdbc:postgresql://127.0.0.1:5432/",
                "postgres",
                "postgres",
                Path.of("target"),
                Path.of("kc.zip"),
                List.of(),
                false,
                0,
                List.of(),
                "false",
                0,
                0,
                10,
                0);
        Report report = new Report(settings, Instant.parse("2026-01-01T00:00:00Z"));
        Scenario stock = new Named("stock-login", "stock login", null);
        Scenario reset = new Named("reset", "reset", "stock-login");
        report.scenarios(List.of(stock, new Named("warm-login", "warm login", "stock-login"), reset));
        for (int scale : List.of(10_000, 1_000_000)) {
            report.load(
                    scale,
                    new SyntheticCrm(1, 1_000, 2, new SyntheticCrm.Pools(10, 10, 10, 10)),
                    new CrmLoader.LoadTimes(1, 2, 3, 4));
            report.statementCounting(scale, null);
            report.skipped(scale, reset, "skipped: flow not deployed");
            List<RunResult> runs = new ArrayList<>(
                    List.of(run(scale, "stock-login", -1, 5, 0), run(scale, "warm-login", 0, 5.1, 150)));
            Map<String, CrmLookupProbe.Timing> probe = new LinkedHashMap<>();
            probe.put("by code", new CrmLookupProbe.Timing("by code", 10, 20, scale == 10_000 ? 30 : 40, 100, 1));
            String cold = "by code (any customer)";
            probe.put(cold, new CrmLookupProbe.Timing(cold, 10, 20, scale == 10_000 ? 30 : 300, 100, 1));
            report.scale(scale, runs, probe);
        }
        report.finish(Instant.parse("2026-01-01T01:00:00Z"));
        return report;
    }

    @Test
    void runsCsvHasOneLinePerRunUnderTheSameColumns(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(report().write(dir).resolve("runs.csv"));

        assertThat(lines.get(0))
                .isEqualTo("scale,round,scenario,paired_baseline_run,operations,errors,seconds,throughput_per_s,"
                        + "p50_ms,p95_ms,p99_ms,cpu_seconds,cpu_ms_per_op,cpu_source,driver_cpu_seconds,"
                        + "crm_statements,crm_statements_evicted,crm_table_scans,crm_transactions,mails");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2))
                .isEqualTo("10000,1,warm-login,0,100,0,10.0,10.0,2.00,2.00,2.00,5.10,51.0,metrics,0.20,150,0,-1,-1,0");
    }

    @Test
    void theSynchronizationPhaseHasItsTableAndItsJson(@TempDir Path dir) throws Exception {
        Report report = report();
        SyncFigures.Changed changed = new SyncFigures.Changed(1_000, 1_234, 0, 1_000, 0);
        report.sync(
                100_000,
                new SyncFigures(
                        100_000,
                        changed,
                        changed,
                        new SyncFigures.Full(true, 50_000, 1_300, 100_000, 98_700, 0, 0),
                        List.of(
                                new SyncFigures.Sample(0, 1_300, 204_800),
                                new SyncFigures.Sample(20_000, 40_000, 307_200),
                                new SyncFigures.Sample(50_000, 100_000, 256_000))));
        Path written = report.write(dir);

        assertThat(Files.readString(written.resolve("index.html")))
                .contains("<h2>Synchronization</h2>")
                .contains("<tr><td>100000</td><td>1234 (0/1000)</td><td>1234 (0/1000)</td><td>done in 50 s, 98700"
                        + " imported</td><td>2000</td><td>2000</td><td>200 / 300 / 200 300 250</td></tr>");
        JsonNode sync = new ObjectMapper()
                .readTree(written.resolve("summary.json").toFile())
                .path("sync");
        assertThat(sync.path("100000").path("changed").path("millis").asLong()).isEqualTo(1_234);
    }

    @Test
    void theSoakHasItsChecksTableAndPlots(@TempDir Path dir) throws Exception {
        Report report = report();
        report.soak(
                10_000,
                new SoakSeries(
                        10,
                        7,
                        List.of(
                                new SoakSeries.Minute(1, 4_000, 0, 250, 600, 204_800, 0, 0),
                                new SoakSeries.Minute(2, 4_100, 0, 200, 500, 209_920, 0, 0),
                                new SoakSeries.Minute(3, 4_000, 0, 220, 500, 215_040, 0, 0))));
        String html = Files.readString(report.write(dir).resolve("index.html"));

        assertThat(html)
                .contains("<h2>Soak at 10000 customers</h2>")
                .contains("<li>heap after full GC, last minute / second: 1.02: met</li>")
                .contains("<tr><td>2</td><td>4100</td><td>0</td><td>200.0</td><td>500.0</td><td>205</td><td>0</td>"
                        + "<td>0</td></tr>")
                .contains("Soak: p99 per minute (ms)")
                .contains("Soak: Keycloak heap after full GC per minute (MB)");
    }

    @Test
    void summaryJsonKeepsItsFieldsAndChecksTheTargets(@TempDir Path dir) throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(report().write(dir).resolve("summary.json").toFile());

        assertThat(fieldNames(json))
                .containsExactly(
                        "started",
                        "finished",
                        "machine",
                        "machineLoad",
                        "settings",
                        "loads",
                        "summaries",
                        "skipped",
                        "statementsNotCounted",
                        "crmLookupMicros",
                        "targets",
                        "sync",
                        "soak");
        assertThat(json.path("summaries")
                        .path("10000")
                        .path(1)
                        .path("crmStatementsPerOp")
                        .asDouble())
                .isEqualTo(1.5);
        assertThat(json.path("skipped").path("1000000").path("reset").asText()).isEqualTo("skipped: flow not deployed");
        assertThat(json.path("targets").findValuesAsText("what"))
                .contains(
                        "≤ 2 CRM statements per warm login at 10000 customers",
                        "p99 of a CRM lookup (by code) at 1M within 1.5 × of 10000");
        assertThat(json.path("targets").get(1).path("verdict").asText()).isEqualTo("met");
        // the lookups on customers drawn from the whole table (cold cache) are reported, not held to the target
        JsonNode cold = null;
        for (JsonNode target : json.path("targets")) {
            if (target.path("what").asText().startsWith("p99 of a CRM lookup (by code (any customer))")) {
                cold = target;
            }
        }
        assertThat(cold).isNotNull();
        assertThat(cold.path("measured").asText()).isEqualTo("300 µs vs 30 µs = 10.000×");
        assertThat(cold.path("verdict").asText()).isEqualTo("reported (cold cache, not the target)");
    }

    @Test
    void indexHtmlHasTheTargetsASectionPerScaleAndThePlots(@TempDir Path dir) throws Exception {
        String html = Files.readString(report().write(dir).resolve("index.html"));

        assertThat(html)
                .containsSubsequence(
                        "<h2>Machine</h2>",
                        "<h2>Targets</h2>",
                        "<h2>10000 CRM customers</h2>",
                        "<details><summary>CRM statements of warm-login",
                        "<h2>1000000 CRM customers</h2>",
                        "<h2>Plots</h2>",
                        "<h2>How each figure is measured</h2>");
        assertThat(html.split("<svg ", -1)).hasSize(6);
        assertThat(html).contains("<tr class=\"skip\"><td>reset</td><td colspan=\"15\">skipped: flow not deployed");
    }

    @Test
    void markdownHasATablePerScale() {
        String markdown = report().markdown();

        assertThat(markdown)
                .containsSubsequence(
                        "10000 customers:",
                        "| warm-login | 100 | 10.0 | 2.00 | 2.00 | 2.00 | 51.0 | 1.50 | 0.00 | 1.020 vs stock-login | 0 |",
                        "| reset | skipped: flow not deployed ||||||||||",
                        "1000000 customers:");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
