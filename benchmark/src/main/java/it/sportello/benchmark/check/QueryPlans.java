package it.sportello.benchmark.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans PostgreSQL chose for the CRM directory's statements, by operation, and the rule they are checked
 * against: no sequential scan of a CRM table that grows with the customers, and no index scan without an index
 * condition on one (the whole index walked in its order, every row filtered). Only {@code reading_window} (one row
 * per commodity) may be read whole.
 */
public final class QueryPlans {

    /** The tables whose rows grow with the number of customers: the contract's nine and Sportello's own five. */
    static final Set<String> CHECKED_TABLES = Set.of(
            "customer",
            "supply_point",
            "invoice",
            "consumption",
            "contratto",
            "misuratore",
            "documento",
            "avviso",
            "metering_interval",
            "meter_reading",
            "support_ticket",
            "ticket_contact",
            "ticket_attachment",
            "document_download");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One statement of an operation: its SQL and the plan's nodes in one line each. */
    public record Planned(String sql, List<String> nodes, List<String> fullScans) {}

    private final Map<String, List<Planned>> byOperation = new LinkedHashMap<>();
    private String operation = "(none)";
    private boolean ignoring;

    /** The operation the next statements belong to. */
    void operation(String name) {
        operation = name;
        byOperation.putIfAbsent(name, new ArrayList<>());
    }

    /** While true, statements are not recorded (a lookup already checked as an operation of its own). */
    void ignoring(boolean ignore) {
        ignoring = ignore;
    }

    /** Called by {@link ExplainingDataSource} for each statement. */
    void add(String sql, String planJson) {
        if (ignoring) {
            return;
        }
        List<String> nodes = new ArrayList<>();
        List<String> scans = new ArrayList<>();
        if (planJson != null) {
            try {
                walk(JSON.readTree(planJson).get(0).get("Plan"), 0, nodes, scans);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        byOperation.computeIfAbsent(operation, o -> new ArrayList<>()).add(new Planned(sql, nodes, scans));
    }

    private static void walk(JsonNode plan, int depth, List<String> nodes, List<String> scans) {
        String type = plan.path("Node Type").asText();
        String relation = plan.path("Relation Name").asText("");
        String index = plan.path("Index Name").asText("");
        nodes.add("  ".repeat(depth)
                + type
                + (relation.isEmpty() ? "" : " on " + relation)
                + (index.isEmpty() ? "" : " using " + index));
        if (CHECKED_TABLES.contains(relation)) {
            if (type.equals("Seq Scan")) {
                scans.add("sequential scan on " + relation);
            } else if (type.startsWith("Index") && !plan.has("Index Cond")) {
                // an index walked from end to end (an ORDER BY ... LIMIT filtering every row) reads the whole table
                scans.add("full scan of index " + index + " on " + relation + " (no index condition)");
            }
        }
        for (JsonNode child : plan.path("Plans")) {
            walk(child, depth + 1, nodes, scans);
        }
    }

    public Map<String, List<Planned>> byOperation() {
        return byOperation;
    }

    /** One line per full scan of a checked table, and per operation that sent no statement at all. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        byOperation.forEach((name, statements) -> {
            if (statements.isEmpty()) {
                failures.add(name + ": no statement reached the database (nothing to explain)");
            }
            for (Planned planned : statements) {
                for (String scan : planned.fullScans()) {
                    failures.add(name + ": " + scan + " in: " + planned.sql());
                }
            }
        });
        return failures;
    }

    /** The plans as text, for the report folder. */
    public String text() {
        StringBuilder out = new StringBuilder();
        byOperation.forEach((name, statements) -> {
            out.append("## ").append(name).append('\n');
            for (Planned planned : statements) {
                out.append(planned.sql()).append('\n');
                planned.nodes().forEach(node -> out.append("    ").append(node).append('\n'));
            }
            out.append('\n');
        });
        return out.toString();
    }
}
