package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.esc;
import static it.sportello.benchmark.report.Format.fmt;
import static it.sportello.benchmark.report.Format.ratio;

import it.sportello.benchmark.crm.CrmLookupProbe;
import java.util.List;
import java.util.Map;

/** One scale's section of {@code index.html}: the CRM loaded, the scenarios' table, their statements, the lookups. */
final class ScaleSection {

    private final Report report;

    ScaleSection(Report report) {
        this.report = report;
    }

    void append(StringBuilder h, int scale, List<Summary> list) {
        h.append("<h2>").append(scale).append(" CRM customers</h2>");
        Map<String, Object> load = report.loads().get(scale);
        if (load != null) {
            h.append("<p>CRM: ")
                    .append(load.get("customers"))
                    .append(" customers, ")
                    .append(load.get("supplyPoints"))
                    .append(" supply points, ")
                    .append(load.get("invoices"))
                    .append(" invoices, loaded in ")
                    .append(seconds(load, "totalMillis"))
                    .append(" s (COPY ")
                    .append(seconds(load, "copyMillis"))
                    .append(" s, keys and indexes ")
                    .append(seconds(load, "keysAndIndexesMillis"))
                    .append(" s).</p>");
        }
        String noStatements = report.noStatements().get(scale);
        if (noStatements != null) {
            h.append("<p class=\"not\">CRM statements not counted at this scale: ")
                    .append(esc(noStatements))
                    .append("</p>");
        }
        h.append(table(list, report.skipped().getOrDefault(scale, Map.of())));
        h.append(statementDetails(list));
        lookups(h, report.probes().get(scale));
    }

    private static String seconds(Map<String, Object> load, String millis) {
        return fmt(((Number) load.get(millis)).doubleValue() / 1000);
    }

    private static void lookups(StringBuilder h, Map<String, CrmLookupProbe.Timing> probe) {
        if (probe == null) {
            return;
        }
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

    private String table(List<Summary> list, Map<String, String> skippedHere) {
        StringBuilder t = new StringBuilder("<table><tr><th>scenario</th><th>ops</th><th>errors</th><th>op/s</th>"
                + "<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>CPU ms/op</th><th>driver CPU ms/op</th>"
                + "<th>CRM stmts/op</th><th>CRM scans/op</th><th>CRM tx/op</th><th>mails/op</th><th>CPU ratio</th>"
                + "<th>throughput ratio</th><th>baseline</th></tr>");
        list.forEach(s -> row(t, s));
        skippedHere.forEach((id, reason) -> t.append("<tr class=\"skip\"><td>")
                .append(esc(id))
                .append("</td><td colspan=\"15\">")
                .append(esc(reason))
                .append("</td></tr>"));
        return t.append("</table>").toString();
    }

    private void row(StringBuilder t, Summary s) {
        t.append("<tr><td title=\"")
                .append(esc(report.scenarioTitle(s.scenario())))
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
}
