package it.sportello.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.benchmark.crm.SyntheticCrm;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The scenarios the report compares: their ids, order, baselines and skips are what its tables and targets read. */
class ScenariosTest {

    private static List<Scenario> all(Scenarios.Deployed deployed) {
        SyntheticCrm crm = new SyntheticCrm(1, 1_000, 2, new SyntheticCrm.Pools(10, 10, 10, 10));
        return new Scenarios(
                        "http://127.0.0.1:8380/realms/customer-portal",
                        crm,
                        5,
                        deployed,
                        new ConcurrentHashMap<>(),
                        () -> {},
                        2,
                        new MailLinks(null),
                        securityQuestion -> {})
                .all();
    }

    @Test
    void everyScenarioInOrderWithItsBaselineAndWhetherItLogsInFirst() {
        List<Scenario> all = all(new Scenarios.Deployed(true, true));

        assertThat(all)
                .extracting(Scenario::id)
                .containsExactly(
                        "stock-login",
                        "warm-login",
                        "cold-login",
                        "stock-refresh",
                        "warm-refresh",
                        "stock-register",
                        "claim",
                        "claim-no-question",
                        "stock-reset-forced-login",
                        "reset",
                        "stock-userinfo",
                        "portal-supply-points",
                        "portal-invoices",
                        "portal-metering-month",
                        "portal-metering-year",
                        "portal-reading");
        assertThat(all)
                .extracting(Scenario::baseline)
                .containsExactly(
                        null,
                        "stock-login",
                        "stock-login",
                        null,
                        "stock-refresh",
                        null,
                        "stock-register",
                        "stock-register",
                        null,
                        "stock-reset-forced-login",
                        null,
                        "stock-userinfo",
                        "stock-userinfo",
                        "stock-userinfo",
                        "stock-userinfo",
                        "stock-userinfo");
        assertThat(all)
                .extracting(Scenario::prepares)
                .containsExactly(
                        false, false, false, true, true, false, true, true, false, false, true, true, true, true, true,
                        true);
        assertThat(all).extracting(Scenario::skipReason).containsOnlyNulls();
    }

    @Test
    void whatTheServerLacksIsSkippedWithTheReason() {
        List<Scenario> noReset = all(new Scenarios.Deployed(false, true));
        List<Scenario> noPortal = all(new Scenarios.Deployed(true, false));

        assertThat(noReset)
                .filteredOn(s -> s.skipReason() != null)
                .extracting(Scenario::id, Scenario::skipReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "reset", "skipped: flow not deployed (no flow 'sportello reset credentials')"));
        assertThat(noPortal)
                .filteredOn(s -> s.skipReason() != null)
                .extracting(Scenario::id)
                .containsExactly(
                        "portal-supply-points",
                        "portal-invoices",
                        "portal-metering-month",
                        "portal-metering-year",
                        "portal-reading");
        assertThat(noPortal)
                .filteredOn(s -> s.skipReason() != null)
                .extracting(Scenario::skipReason)
                .containsOnly("skipped: flow not deployed (portal/openapi.yaml answers 404)");
    }
}
