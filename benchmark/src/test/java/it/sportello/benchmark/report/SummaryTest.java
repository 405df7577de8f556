package it.sportello.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.benchmark.server.ServerCounters;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static RunResult run(String scenario, int pairedWith, long ops, double cpu, long statements, long scans) {
        Histogram times = new Histogram(3);
        times.recordValue(1_000);
        return new RunResult(
                10_000,
                1,
                scenario,
                times,
                ops,
                0,
                10,
                cpu,
                "metrics",
                0.1,
                statements,
                statements < 0 ? Map.of() : Map.of("select 1 from customer where customer_code=$1", statements),
                0,
                scans,
                scans,
                ops,
                pairedWith,
                "");
    }

    @Test
    void statementsPerOperationAndRatioAgainstThePairedBaseline() {
        List<RunResult> runs =
                List.of(run("stock-login", -1, 100, 5.0, 0, -1), run("warm-login", 0, 100, 5.5, 200, -1));

        Summary warm = Summary.of(10_000, "warm-login", "stock-login", runs);

        assertThat(warm.crmStatementsPerOp()).isEqualTo(2.0);
        assertThat(warm.cpuRatio()).isEqualTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(warm.mailsPerOp()).isEqualTo(1.0);
        assertThat(warm.topStatementsPerOp()).containsEntry("select 1 from customer where customer_code=$1", 2.0);
    }

    @Test
    void oneRunWithoutAFigureLeavesTheFigureUnmeasured() {
        List<RunResult> runs =
                List.of(run("warm-login", -1, 100, 5.0, 200, 100), run("warm-login", -1, 100, 5.0, -1, 100));

        Summary warm = Summary.of(10_000, "warm-login", null, runs);

        assertThat(warm.crmStatementsPerOp()).isNaN();
        assertThat(warm.crmScansPerOp()).isEqualTo(1.0);
    }

    @Test
    void snapshotDifferenceKeepsOnlyTheStatementsThatRan() {
        ServerCounters.Snapshot before =
                new ServerCounters.Snapshot(1, "metrics", 1, 10, 10, 50, Map.of("a", 40L, "b", 10L), 0);
        ServerCounters.Snapshot after =
                new ServerCounters.Snapshot(3, "metrics", 2, 12, 11, 53, Map.of("a", 40L, "b", 12L, "c", 1L), 0);

        ServerCounters.Snapshot delta = after.minus(before);

        assertThat(delta.crmStatements()).isEqualTo(3);
        assertThat(delta.perStatement()).containsExactlyInAnyOrderEntriesOf(Map.of("b", 2L, "c", 1L));
        assertThat(delta.cpuSeconds()).isEqualTo(2.0);
    }
}
