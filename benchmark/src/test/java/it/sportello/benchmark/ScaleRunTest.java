package it.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.benchmark.load.MailLinks;
import it.sportello.benchmark.load.Scenario;
import it.sportello.benchmark.load.Scenarios;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@code -Dbenchmark.only}: the scenarios named and the baselines they are compared with, in the usual order. */
class ScaleRunTest {

    private static Map<String, Scenario> scenarios() {
        SyntheticCrm crm = new SyntheticCrm(1, 1_000, 2, new SyntheticCrm.Pools(10, 10, 10, 10));
        Map<String, Scenario> all = new LinkedHashMap<>();
        new Scenarios(
                        "http://127.0.0.1:8380/realms/customer-portal",
                        crm,
                        5,
                        new Scenarios.Deployed(true, true),
                        new ConcurrentHashMap<>(),
                        () -> {},
                        2,
                        new MailLinks(null),
                        securityQuestion -> {})
                .all()
                .forEach(s -> all.put(s.id(), s));
        return all;
    }

    @Test
    void onlyKeepsTheNamedScenariosAndTheirBaselines() {
        Map<String, Scenario> scenarios = scenarios();

        ScaleRun.keepMeasured(scenarios, List.of("portal-reading", "reset"));

        assertThat(scenarios.keySet())
                .containsExactly("stock-reset-forced-login", "reset", "stock-userinfo", "portal-reading");
    }

    @Test
    void withoutOnlyEveryScenarioRuns() {
        Map<String, Scenario> scenarios = scenarios();
        int all = scenarios.size();

        ScaleRun.keepMeasured(scenarios, List.of());

        assertThat(scenarios).hasSize(all);
    }
}
