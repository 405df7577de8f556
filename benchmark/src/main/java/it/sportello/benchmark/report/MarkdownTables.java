package it.sportello.benchmark.report;

import static it.sportello.benchmark.report.Format.fmt;
import static it.sportello.benchmark.report.Format.ratio;

import java.util.List;
import java.util.Map;

/** The per-scale tables in Markdown, for the benchmark's documentation. */
final class MarkdownTables {

    private MarkdownTables() {}

    static String of(Map<Integer, List<Summary>> summaries, Map<Integer, Map<String, String>> skipped) {
        StringBuilder m = new StringBuilder();
        for (Map.Entry<Integer, List<Summary>> scale : summaries.entrySet()) {
            m.append("\n").append(scale.getKey()).append(" customers:\n\n");
            m.append("| scenario | ops | op/s | p50 ms | p95 ms | p99 ms | CPU ms/op | CRM statements/op | mails/op"
                    + " | CPU ratio | errors |\n");
            m.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            scale.getValue().forEach(s -> row(m, s));
            skipped.getOrDefault(scale.getKey(), Map.of()).forEach((id, reason) -> m.append("| ")
                    .append(id)
                    .append(" | ")
                    .append(reason)
                    .append(" ||||||||||\n"));
        }
        return m.toString();
    }

    private static void row(StringBuilder m, Summary s) {
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
}
