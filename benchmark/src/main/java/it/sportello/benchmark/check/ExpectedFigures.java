package it.sportello.benchmark.check;

import it.sportello.benchmark.report.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The deterministic figures a smoke run must reproduce exactly: CRM statements and mails per operation of every
 * scenario, from {@code expected-figures.properties} (in {@code benchmark/src/main/resources}). Times and CPU are not
 * checked here: on shared cores they are noise, and the report carries them.
 */
public final class ExpectedFigures {

    /** Where the expected figures live in the source tree, for the failure messages. */
    public static final String FILE = "benchmark/src/main/resources/expected-figures.properties";

    static final String STATEMENTS = "crmStatementsPerOp";
    static final String MAILS = "mailsPerOp";

    /**
     * Suffix of an upper bound for a figure that is not the same in every run (the reset's CRM statements, whose cause
     * is open): with {@code x.crmStatementsPerOpAtMost=4} next to {@code x.crmStatementsPerOp=3} the count must lie
     * between 3 and 4 per operation; every other figure is exact.
     */
    static final String AT_MOST = "AtMost";

    /**
     * Statements that run on a timer whatever the load, never because of an operation: the transaction manager's XA
     * recovery scan. They are left out of the checked count (the report still shows them).
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?i).*\\bpg_prepared_xacts\\b.*");

    private final Map<String, BigDecimal> expected;

    ExpectedFigures(Map<String, BigDecimal> expected) {
        this.expected = expected;
    }

    public static ExpectedFigures load() {
        try (InputStream in = ExpectedFigures.class.getResourceAsStream("/expected-figures.properties")) {
            if (in == null) {
                throw new IllegalStateException("expected-figures.properties is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            new TreeSet<>(properties.stringPropertyNames())
                    .forEach(key -> figures.put(
                            key, new BigDecimal(properties.getProperty(key).trim())));
            return new ExpectedFigures(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios the file has figures for. */
    Set<String> scenarios() {
        Set<String> scenarios = new LinkedHashSet<>();
        expected.keySet().forEach(key -> scenarios.add(key.substring(0, key.lastIndexOf('.'))));
        return scenarios;
    }

    Set<String> keys() {
        return expected.keySet();
    }

    /**
     * Every difference between the runs of one scale and the expected figures, one precise line each (empty when all
     * agree): a scenario with errors, without operations or without counted statements, a scenario without expected
     * figures, an expected scenario that did not run, and every figure that is not exactly the expected one.
     */
    public List<String> failures(List<RunResult> runs) {
        Map<String, Totals> byScenario = new LinkedHashMap<>();
        runs.forEach(run ->
                byScenario.computeIfAbsent(run.scenario(), s -> new Totals()).add(run));
        List<String> failures = new ArrayList<>();
        byScenario.forEach((scenario, totals) -> failures.addAll(check(scenario, totals)));
        scenarios().stream()
                .filter(scenario -> !byScenario.containsKey(scenario))
                .forEach(scenario ->
                        failures.add(scenario + ": did not run (skipped?), but " + FILE + " expects figures for it"));
        return failures;
    }

    private List<String> check(String scenario, Totals totals) {
        List<String> failures = new ArrayList<>();
        if (totals.errors > 0) {
            failures.add(scenario + ": " + totals.errors + " failed operations, first: " + totals.firstError);
        }
        if (totals.operations == 0) {
            failures.add(scenario + ": no successful operation");
            return failures;
        }
        if (totals.statements < 0) {
            failures.add(scenario + ": CRM statements not counted (run benchmark/postgres-setup.sh)");
        } else {
            compare(scenario, STATEMENTS, "CRM statements", totals.statements, totals, failures);
        }
        compare(scenario, MAILS, "mails", totals.mails, totals, failures);
        return failures;
    }

    private void compare(String scenario, String figure, String what, long count, Totals totals, List<String> out) {
        String key = scenario + "." + figure;
        BigDecimal want = expected.get(key);
        BigDecimal perOp =
                BigDecimal.valueOf(count).divide(BigDecimal.valueOf(totals.operations), 4, RoundingMode.HALF_EVEN);
        if (want == null) {
            out.add(key + ": no expected figure in " + FILE + "; measured "
                    + perOp.stripTrailingZeros().toPlainString() + " (" + count + " " + what + " over "
                    + totals.operations + " operations)");
            return;
        }
        // exact: count == expected x operations, no rounding and no tolerance, unless the file gives an upper bound
        BigDecimal operations = BigDecimal.valueOf(totals.operations);
        BigDecimal most = expected.get(key + AT_MOST);
        int low = want.multiply(operations).compareTo(BigDecimal.valueOf(count));
        boolean met = most == null
                ? low == 0
                : low <= 0 && most.multiply(operations).compareTo(BigDecimal.valueOf(count)) >= 0;
        if (!met) {
            out.add(key + ": measured " + perOp.stripTrailingZeros().toPlainString() + " " + what + " per operation ("
                    + count + " over " + totals.operations + " operations), expected "
                    + (most == null
                            ? "exactly " + want.toPlainString()
                            : "between " + want.toPlainString() + " and " + most.toPlainString())
                    + " (" + FILE + ")"
                    + (figure.equals(STATEMENTS) ? totals.statementsPerOp() : ""));
        }
    }

    /** A statement without its select list, which says nothing of what it reads, and at most 200 characters. */
    static String shortened(String query) {
        String text = query.replaceFirst("(?is)^select .*? from ", "select … from ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** One scenario's runs added up; the background statements left out. */
    private static final class Totals {
        long operations;
        long errors;
        long statements;
        long mails;
        String firstError = "";
        final Map<String, Long> perStatement = new LinkedHashMap<>();

        void add(RunResult run) {
            operations += run.operations();
            errors += run.errors();
            mails += run.mails();
            if (firstError.isEmpty() && run.firstError() != null) {
                firstError = run.firstError();
            }
            if (statements < 0 || run.crmStatements() < 0) {
                statements = -1;
                return;
            }
            long background = 0;
            for (Map.Entry<String, Long> entry : run.perStatement().entrySet()) {
                if (BACKGROUND.matcher(entry.getKey()).matches()) {
                    background += entry.getValue();
                } else {
                    perStatement.merge(entry.getKey(), entry.getValue(), Long::sum);
                }
            }
            statements += run.crmStatements() - background;
        }

        String statementsPerOp() {
            StringBuilder text = new StringBuilder("; per operation:");
            perStatement.forEach((query, calls) -> text.append("\n    ")
                    .append(BigDecimal.valueOf(calls)
                            .divide(BigDecimal.valueOf(operations), 2, RoundingMode.HALF_EVEN)
                            .toPlainString())
                    .append("  ")
                    .append(shortened(query)));
            return text.toString();
        }
    }
}
