package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.ResetHttpSession;
import it.sportello.it.support.SignInHttpSession;
import it.sportello.it.support.SignInHttpSession.Attempt;
import it.sportello.it.support.TimingStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * No account enumeration through signing in: a wrong password for an unknown code, for an unclaimed CRM customer (no
 * portal password yet; imported into Keycloak or not), for a claimed customer (Keycloak's hash) and for a customer with
 * a legacy CRM hash (salted SHA-256, whose own cost is negligible; see docs/security.md for bcrypt and PBKDF2) get the same
 * status, the same page, and response times drawn from the same distribution (interleaved samples in an order where
 * each kind follows each kind equally often, a rank test per pair of kinds, not one call).
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class SignInEnumerationIT {

    private static final int WARM_UP_ROUNDS = 3;
    /** Samples per kind, at least: whole cycles are run. */
    private static final int SAMPLES = 150;
    /** Above this one kind of attempt is systematically slower (two-sided p below 0.0005). */
    private static final double MAX_Z = 3.5;

    /** The sign-in form's default failure floor. */
    private static final long FLOOR_NANOS = 250_000_000L;

    private static final String WRONG_PASSWORD = "Sbagliata-2026";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    /** One kind of account and the username typed for it. */
    private record Kind(String label, String username) {}

    @Test
    void signInWhenCodeUnknownUnclaimedClaimedOrLegacyThenSameStatusSamePageSameTiming() throws Exception {
        DemoCustomers.restoreLegacyPasswords(crm);
        // C0002 claimed: imported, with a Keycloak password (the admin sets it, as after a claim)
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0002"), "Acqua-Chiara-2026");
        // F0002 unclaimed but already imported (an admin looked it up); C0005 unclaimed and not imported yet
        RealmUsers.find(realm, "f0002");
        List<Kind> kinds = List.of(
                new Kind("unknown code", "Z9999"),
                new Kind("unclaimed customer", "C0005"),
                new Kind("unclaimed imported customer", "F0002"),
                new Kind("claimed customer", "C0002"),
                new Kind("legacy hash", "C0003"));

        RealmRepresentation settings = realm.admin().toRepresentation();
        Integer failureFactor = settings.getFailureFactor();
        Long quickLogin = settings.getQuickLoginCheckMilliSeconds();
        // Hundreds of wrong passwords for each account: brute-force protection stays on (it records every failure, as
        // in production) but must not lock the accounts, or a locked account would answer without a password check.
        settings.setFailureFactor(100_000);
        settings.setQuickLoginCheckMilliSeconds(0L);
        realm.admin().update(settings);
        try {
            SignInHttpSession visitor = new SignInHttpSession(
                    new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                            .authorizationUrl("it"));

            Attempt first = null;
            for (Kind kind : kinds) {
                Attempt attempt = visitor.signIn(kind.username(), WRONG_PASSWORD);
                assertThat(attempt.status()).as(kind.label()).isEqualTo(200);
                assertThat(attempt.body()).as(kind.label()).contains("Nome utente o password non validi.");
                String page = ResetHttpSession.comparable(attempt.body().replace(kind.username(), ""));
                if (first == null) {
                    first = attempt;
                } else {
                    // line by line, so a difference shows as the lines that differ
                    assertThat(page.lines())
                            .as(kind.label() + " answers the page of "
                                    + kinds.get(0).label())
                            .containsExactlyElementsOf(ResetHttpSession.comparable(
                                            first.body().replace(kinds.get(0).username(), ""))
                                    .lines()
                                    .toList());
                }
            }
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                for (Kind kind : kinds) {
                    visitor.signIn(kind.username(), WRONG_PASSWORD);
                }
            }

            // A pair that differs must differ again, the same way, in a second measurement of its own: a real
            // difference shows twice, while the other builds of a shared machine moved a different pair each time
            // in two full runs (0.2 ms out of 253, z 3.6 and 3.9).
            Round measured = measure(visitor, kinds, 42);
            Round confirmation = measured.failures().isEmpty() ? measured : measure(visitor, kinds, 7);
            List<String> failures = new ArrayList<>();
            for (String pair : measured.failures().keySet()) {
                Double again = confirmation.failures().get(pair);
                if (again != null
                        && Math.signum(again) == Math.signum(measured.failures().get(pair))) {
                    failures.add(pair
                            + String.format(
                                    " (z = %.2f, then %.2f)",
                                    measured.failures().get(pair), again));
                }
            }
            String report =
                    measured == confirmation ? measured.report() : measured.report() + " then " + confirmation.report();
            System.out.println(report);
            assertThat(measured.floorMedian())
                    .as("the failure floor pads the answers")
                    .isGreaterThanOrEqualTo(FLOOR_NANOS);
            assertThat(failures)
                    .as("pairs of kinds whose timings differ twice (Mann-Whitney |z| >= %s): %s", MAX_Z, report)
                    .isEmpty();
        } finally {
            settings.setFailureFactor(failureFactor);
            settings.setQuickLoginCheckMilliSeconds(quickLogin);
            realm.admin().update(settings);
        }
    }

    @Test
    void signInWithWrongPasswordForUnclaimedCustomerNotImportedThenAnsweredAsUnknownAndNotImported() throws Exception {
        SignInHttpSession visitor = new SignInHttpSession(
                new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                        .authorizationUrl("it"));

        // C0006 exists in the CRM, has no portal password and no legacy hash: no password can sign it in
        assertThat(visitor.signIn("C0006", WRONG_PASSWORD).body()).contains("Nome utente o password non validi.");

        // the stored event is the one of an unknown username: no user was imported (an admin search would import it)
        List<EventRepresentation> errors =
                realm.admin().getEvents(List.of("LOGIN_ERROR"), null, null, null, null, null, 0, 1);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getError()).isEqualTo("user_not_found");
            assertThat(e.getUserId()).isNull();
        });
        // nor when Keycloak looked the username up again to count the failure: had that lookup imported the
        // customer, the failure would be counted against it (the admin search below imports it, afterwards)
        assertThat(realm.admin()
                        .attackDetection()
                        .bruteForceUserStatus(RealmUsers.find(realm, "c0006").getId()))
                .containsEntry("numFailures", 0);
    }

    /** One measurement: the pairs of kinds whose timings differ (pair to z), the report, the first kind's median. */
    private record Round(Map<String, Double> failures, String report, double floorMedian) {}

    /**
     * What one request leaves behind (garbage, a brute-force record) may slow the next one: each kind follows each
     * kind equally often, the order a cycle holding every ordered pair of kinds once, started at a seeded offset.
     */
    private static Round measure(SignInHttpSession visitor, List<Kind> kinds, long seed) throws Exception {
        int[] cycle = everyPairOnce(kinds.size());
        int cycles = (SAMPLES * kinds.size() + cycle.length - 1) / cycle.length;
        int perKind = cycles * cycle.length / kinds.size();
        long[][] nanos = new long[kinds.size()][perKind];
        int[] counts = new int[kinds.size()];
        int offset = new Random(seed).nextInt(cycle.length);
        for (int k = 0; k < cycles * cycle.length; k++) {
            int kind = cycle[(k + offset) % cycle.length];
            nanos[kind][counts[kind]++] =
                    visitor.signIn(kinds.get(kind).username(), WRONG_PASSWORD).nanos();
        }
        StringBuilder report =
                new StringBuilder("sign-in timing, ").append(perKind).append(" samples each:");
        for (int a = 0; a < kinds.size(); a++) {
            report.append(String.format(
                    " %s median %.2f ms;", kinds.get(a).label(), TimingStatistics.median(nanos[a]) / 1e6));
        }
        Map<String, Double> failures = new LinkedHashMap<>();
        for (int a = 0; a < kinds.size(); a++) {
            for (int b = a + 1; b < kinds.size(); b++) {
                double z = TimingStatistics.mannWhitneyZ(nanos[a], nanos[b]);
                String pair = kinds.get(a).label() + " vs " + kinds.get(b).label();
                report.append(String.format(" z(%s) = %.2f;", pair, z));
                if (Math.abs(z) >= MAX_Z) {
                    failures.put(pair, z);
                }
            }
        }
        return new Round(failures, report.toString(), TimingStatistics.median(nanos[0]));
    }

    /**
     * A cyclic order of n kinds in which every ordered pair (a, b), a = b included, is adjacent exactly once: a de
     * Bruijn sequence of order 2, n * n long, each kind n times.
     */
    static int[] everyPairOnce(int n) {
        List<Integer> sequence = new ArrayList<>();
        int[] a = new int[2 * n + 1];
        deBruijn(1, 1, n, a, sequence);
        int[] cycle = sequence.stream().mapToInt(Integer::intValue).toArray();
        int[][] seen = new int[n][n];
        for (int i = 0; i < cycle.length; i++) {
            seen[cycle[i]][cycle[(i + 1) % cycle.length]]++;
        }
        assertThat(Arrays.stream(seen).flatMapToInt(Arrays::stream)).containsOnly(1);
        return cycle;
    }

    private static void deBruijn(int t, int p, int n, int[] a, List<Integer> sequence) {
        if (t > 2) {
            if (2 % p == 0) {
                for (int j = 1; j <= p; j++) {
                    sequence.add(a[j]);
                }
            }
            return;
        }
        a[t] = a[t - p];
        deBruijn(t + 1, p, n, a, sequence);
        for (int j = a[t - p] + 1; j < n; j++) {
            a[t] = j;
            deBruijn(t + 1, t, n, a, sequence);
        }
    }
}
