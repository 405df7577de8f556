package it.sportello.benchmark.check;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.benchmark.report.RunResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ExpectedFiguresTest {

    private static final String BY_CODE = "select c.* from customer c where c.customer_code=$1";
    private static final String XA_RECOVERY = "SELECT gid FROM pg_prepared_xacts where database = current_database()";

    private static RunResult run(String scenario, long ops, long errors, Map<String, Long> statements, long mails) {
        Histogram times = new Histogram(3);
        times.recordValue(1_000);
        long total = statements == null
                ? -1
                : statements.values().stream().mapToLong(Long::longValue).sum();
        return new RunResult(
                10_000,
                1,
                scenario,
                times,
                ops,
                errors,
                5,
                1,
                "metrics",
                0.1,
                total,
                statements == null ? Map.of() : statements,
                0,
                -1,
                -1,
                mails,
                -1,
                errors == 0 ? "" : "OperationFailed: no token");
    }

    private static ExpectedFigures expected(String... keyValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            figures.put(keyValues[i], new BigDecimal(keyValues[i + 1]));
        }
        return new ExpectedFigures(figures);
    }

    @Test
    void figuresExactlyAsExpectedOverAllRoundsPassAndTheXaRecoveryScanIsLeftOut() {
        List<RunResult> runs = List.of(
                run("warm-login", 100, 0, Map.of(BY_CODE, 100L, XA_RECOVERY, 2L), 0),
                run("warm-login", 50, 0, Map.of(BY_CODE, 50L), 0));

        assertThat(expected("warm-login.crmStatementsPerOp", "1", "warm-login.mailsPerOp", "0")
                        .failures(runs))
                .isEmpty();
    }

    @Test
    void oneStatementMoreThanExpectedFailsNamingKeyFigureAndStatements() {
        List<RunResult> runs = List.of(run("warm-login", 100, 0, Map.of(BY_CODE, 101L), 0));

        assertThat(expected("warm-login.crmStatementsPerOp", "1", "warm-login.mailsPerOp", "0")
                        .failures(runs))
                .singleElement()
                .asString()
                .startsWith("warm-login.crmStatementsPerOp: measured 1.01 CRM statements per operation (101 over 100"
                        + " operations), expected exactly 1 (" + ExpectedFigures.FILE + ")")
                .contains("1.01  select … from customer c where c.customer_code=$1");
    }

    @Test
    void mailsPerOperationAreComparedExactlyToo() {
        List<RunResult> runs = List.of(run("claim", 8, 0, Map.of(BY_CODE, 48L), 15));

        assertThat(expected("claim.crmStatementsPerOp", "6", "claim.mailsPerOp", "2")
                        .failures(runs))
                .containsExactly("claim.mailsPerOp: measured 1.875 mails per operation (15 over 8 operations),"
                        + " expected exactly 2 (" + ExpectedFigures.FILE + ")");
    }

    @Test
    void anUpperBoundNextToAFigureAcceptsCountsBetweenTheTwoAndNothingOutside() {
        ExpectedFigures bounded = expected(
                "reset.crmStatementsPerOp", "3",
                "reset.crmStatementsPerOpAtMost", "4",
                "reset.mailsPerOp", "2");

        assertThat(bounded.failures(List.of(run("reset", 16, 0, Map.of(BY_CODE, 52L), 32))))
                .isEmpty();
        assertThat(bounded.failures(List.of(run("reset", 16, 0, Map.of(BY_CODE, 65L), 32))))
                .singleElement()
                .asString()
                .startsWith("reset.crmStatementsPerOp: measured 4.0625 CRM statements per operation (65 over 16"
                        + " operations), expected between 3 and 4 (" + ExpectedFigures.FILE + ")");
        assertThat(bounded.failures(List.of(run("reset", 16, 0, Map.of(BY_CODE, 47L), 32))))
                .singleElement()
                .asString()
                .contains("expected between 3 and 4");
    }

    @Test
    void errorsUncountedStatementsMissingFiguresAndSkippedScenariosFail() {
        List<RunResult> runs = List.of(
                run("reset", 10, 1, Map.of(BY_CODE, 10L), 10),
                run("cold-login", 10, 0, null, 0),
                run("new-scenario", 10, 0, Map.of(), 0));

        List<String> failures = expected(
                        "reset.crmStatementsPerOp", "1",
                        "reset.mailsPerOp", "1",
                        "cold-login.crmStatementsPerOp", "3",
                        "cold-login.mailsPerOp", "0",
                        "claim.crmStatementsPerOp", "6",
                        "claim.mailsPerOp", "2")
                .failures(runs);

        assertThat(failures)
                .containsExactly(
                        "reset: 1 failed operations, first: OperationFailed: no token",
                        "cold-login: CRM statements not counted (run benchmark/postgres-setup.sh)",
                        "new-scenario.crmStatementsPerOp: no expected figure in " + ExpectedFigures.FILE
                                + "; measured 0 (0 CRM statements over 10 operations)",
                        "new-scenario.mailsPerOp: no expected figure in " + ExpectedFigures.FILE
                                + "; measured 0 (0 mails over 10 operations)",
                        "claim: did not run (skipped?), but " + ExpectedFigures.FILE + " expects figures for it");
    }

    @Test
    void theCommittedFileHasBothFiguresForEveryScenario() {
        ExpectedFigures committed = ExpectedFigures.load();

        assertThat(committed.scenarios())
                .contains("stock-login", "warm-login", "cold-login", "claim", "reset", "portal-reading")
                .allSatisfy(scenario -> assertThat(committed.keys())
                        .contains(scenario + ".crmStatementsPerOp", scenario + ".mailsPerOp"));
    }
}
