package it.sportello.benchmark.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoakSeriesTest {

    private static SoakSeries.Minute minute(int n, long errors, double p99, long heapKb, double waiting) {
        return new SoakSeries.Minute(n, 1_000, errors, p99, p99 * 2, heapKb, waiting, waiting > 0 ? 15 : 0);
    }

    @Test
    void aStableRunMeetsEveryCheck() {
        SoakSeries soak = new SoakSeries(
                10,
                7,
                List.of(
                        minute(1, 0, 900, 300_000, 0),
                        minute(2, 0, 100, 200_000, 0),
                        minute(3, 0, 110, 205_000, 0),
                        minute(4, 0, 119, 219_000, 0)));
        assertThat(soak.p99Growth()).isEqualTo(1.19);
        assertThat(soak.heapGrowth()).isEqualTo(1.095);
        assertThat(soak.verdicts())
                .containsExactly(
                        "errors: 0: met",
                        "p99 of all operations, last minute / second: 1.19: met",
                        "p99 of sign-ins, last minute / second: 1.19: met",
                        "heap after full GC, last minute / second: 1.10: met",
                        "CRM pool: a request waited for a connection: no: met");
    }

    @Test
    void errorsGrowthAndAPoolWaitAreNotMet() {
        SoakSeries soak = new SoakSeries(
                10,
                7,
                List.of(minute(1, 0, 100, 200_000, 0), minute(2, 1, 100, 200_000, 0), minute(3, 2, 121, 221_000, 1)));
        assertThat(soak.errors()).isEqualTo(3);
        assertThat(soak.verdicts())
                .containsExactly(
                        "errors: 3: NOT met",
                        "p99 of all operations, last minute / second: 1.21: NOT met",
                        "p99 of sign-ins, last minute / second: 1.21: NOT met",
                        "heap after full GC, last minute / second: 1.11: NOT met",
                        "CRM pool: a request waited for a connection: yes: NOT met");
    }

    @Test
    void tooShortOrUnexposedIsNotMetRatherThanMet() {
        SoakSeries one = new SoakSeries(10, 7, List.of(minute(1, 0, 100, 200_000, -1)));
        assertThat(one.p99Growth()).isNaN();
        assertThat(one.verdicts())
                .contains("p99 of all operations, last minute / second: NaN: NOT met")
                .contains("CRM pool: not exposed in /metrics: not measured");
    }

    @Test
    void readsTheCrmPoolFromPrometheusText() {
        String metrics = "# HELP agroal_awaiting_count Number of threads waiting\n"
                + "agroal_awaiting_count{datasource=\"<default>\"} 3.0\n"
                + "agroal_awaiting_count{datasource=\"crm\"} 0.0\n"
                + "agroal_blocking_time_max_milliseconds{datasource=\"crm\"} 12.0\n";
        assertThat(PoolMetrics.parse(metrics, "crm")).isEqualTo(new PoolMetrics(0, 12));
        assertThat(PoolMetrics.parse("", "crm")).isEqualTo(new PoolMetrics(-1, -1));
    }
}
