package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.LocalPostgres;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.RestartTimeline;
import it.sportello.it.support.SignInLoad;
import it.sportello.it.support.SignInLoad.Account;
import it.sportello.it.support.SignInLoad.Attempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Keycloak's database (PostgreSQL on this machine, the CRM on the same server) restarts while Keycloak runs: once with
 * no traffic, then under a steady load of sign-ins of local and CRM-federated accounts. Sign-ins fail only while the
 * database is down; once it accepts connections again every sign-in succeeds, the very first ones included, without
 * restarting Keycloak (its two connection pools validate a connection before lending it: docs/production.md); and
 * every account and password made before the restart still signs in. Restarting PostgreSQL disturbs every server on
 * it, so this class runs in the own-server failsafe execution, after the shared suite. Skipped with a reason when
 * Keycloak's database is not a PostgreSQL cluster of this machine, unless SPORTELLO_IT_DB_RESTART_REQUIRED=true (CI),
 * where that fails; a cluster that cannot be restarted (no root, no password-less sudo) always fails.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class DatabaseRestartIT {

    private static final String LOCAL_PASSWORD = "Riavvio-Locale-2026!";
    private static final String CUSTOMER_PASSWORD = "Riavvio-Cliente-2026!";
    /** CRM customers whose sign-in reads the CRM each time (the federation checks that the customer still exists). */
    private static final List<String> CUSTOMERS = List.of("c0001", "c0002", "c0003", "c0004");

    private static final int LOCAL_ACCOUNTS = 4;
    private static final int LOAD_THREADS = 4;
    /** How long PostgreSQL stays down: the outage itself, not a wait for something. */
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /** Sign-ins sent this long after the database is back may still fail (connections being made again). */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(2);
    /** How long the load goes on once the database is back: the sign-ins that must all succeed. */
    private static final Duration LOAD_AFTERWARDS = Duration.ofSeconds(15);

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @Test
    void signInsFailOnlyWhileTheDatabaseIsDownAndNoAccountIsLost() throws Exception {
        LocalPostgres postgres = localPostgres();
        assertThat(SportelloServerConfig.CRM.kind())
                .as("the CRM on the same PostgreSQL")
                .isEqualTo("postgres");
        List<Account> accounts = accounts();
        Map<String, List<String>> credentialsBefore = credentials(accounts);
        int usersBefore = realm.admin().users().count();

        try (PartnerClient partner = new PartnerClient(realm)) {
            SignInLoad load = new SignInLoad(partner::tokenRequest, accounts);
            // every account signs in, all at once: both pools hold a connection per account from now on
            for (int round = 0; round < 2; round++) {
                assertThat(RestartTimeline.failed(burst(load, accounts)))
                        .as("sign-ins before any restart")
                        .isEmpty();
            }
            List<Attempt> failedAfterQuietRestart;
            try {
                failedAfterQuietRestart = quietRestart(postgres, load, accounts);
                restartUnderLoad(postgres, load);
            } finally {
                if (!postgres.accepting()) {
                    postgres.start();
                }
            }
            assertThat(failedAfterQuietRestart)
                    .as("the first sign-ins after a restart with no traffic (a pool lending a broken connection)")
                    .isEmpty();
            for (Account account : accounts) {
                Attempt attempt = load.signIn(account);
                assertThat(attempt.succeeded())
                        .as("%s signs in after the restarts: %s", account, attempt)
                        .isTrue();
            }
        }
        assertThat(realm.admin().users().count()).as("users after the restarts").isEqualTo(usersBefore);
        assertThat(credentials(accounts)).as("credentials after the restarts").isEqualTo(credentialsBefore);
    }

    /**
     * A restart while nobody signs in: the pools still hold the connections the restart broke, and the first sign-ins
     * afterwards must not be the ones that find out.
     */
    private List<Attempt> quietRestart(LocalPostgres postgres, SignInLoad load, List<Account> accounts)
            throws Exception {
        long stop = System.nanoTime();
        postgres.stop();
        Thread.sleep(OUTAGE.toMillis());
        postgres.start();
        long up = postgres.awaitAccepting(Duration.ofSeconds(60));
        List<Attempt> first = burst(load, accounts);
        System.out.printf(
                "Quiet restart of PostgreSQL %s: down %d ms; first sign-ins after it: %d, failed: %s%n",
                postgres.version(), (up - stop) / 1_000_000, first.size(), RestartTimeline.failed(first));
        return RestartTimeline.failed(first);
    }

    private void restartUnderLoad(LocalPostgres postgres, SignInLoad load) throws Exception {
        load.start(LOAD_THREADS);
        awaitSignIns(load, 40);
        long stop = System.nanoTime();
        postgres.stop();
        long down = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis());
        long start = System.nanoTime();
        postgres.start();
        long up = postgres.awaitAccepting(Duration.ofSeconds(60));
        Thread.sleep(LOAD_AFTERWARDS.toMillis());
        RestartTimeline timeline = new RestartTimeline(load.stop(), stop, down, start, up, RECOVERY_BOUND.toNanos());
        System.out.print(timeline.report());

        assertThat(RestartTimeline.failed(timeline.before()))
                .as("sign-ins answered before the stop")
                .isEmpty();
        assertThat(timeline.afterBound())
                .as("sign-ins once the database is back")
                .hasSizeGreaterThan(10);
        assertThat(RestartTimeline.failed(timeline.afterBound()))
                .as("sign-ins sent more than %s after the database was back", RECOVERY_BOUND)
                .isEmpty();
        assertThat(RestartTimeline.failed(timeline.withinBound()))
                .as("sign-ins sent within %s of the database being back", RECOVERY_BOUND)
                .isEmpty();
    }

    /** Every account signs in once, all at the same time. */
    private static List<Attempt> burst(SignInLoad load, List<Account> accounts) {
        List<CompletableFuture<Attempt>> running = accounts.stream()
                .map(account -> CompletableFuture.supplyAsync(() -> load.signIn(account)))
                .toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static void awaitSignIns(SignInLoad load, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (load.attempts().size() < count) {
            assertThat(System.nanoTime())
                    .as("%d sign-ins of the load within 60 s", count)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Local accounts made now, and CRM customers given a Keycloak password by an administrator. */
    private List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= LOCAL_ACCOUNTS; i++) {
            String username = "db.restart.staff" + i;
            RealmUsers.createStaff(realm, username, LOCAL_PASSWORD);
            accounts.add(new Account(username, LOCAL_PASSWORD));
        }
        for (String customer : CUSTOMERS) {
            RealmUsers.setPassword(realm, RealmUsers.find(realm, customer), CUSTOMER_PASSWORD);
            accounts.add(new Account(customer.toUpperCase(java.util.Locale.ROOT), CUSTOMER_PASSWORD));
        }
        return accounts;
    }

    /** Each account's credential ids and types, as the admin API lists them. */
    private Map<String, List<String>> credentials(List<Account> accounts) {
        Map<String, List<String>> credentials = new TreeMap<>();
        for (Account account : accounts) {
            UserRepresentation user = RealmUsers.find(realm, account.username().toLowerCase(java.util.Locale.ROOT));
            credentials.put(
                    account.username(),
                    realm.admin().users().get(user.getId()).credentials().stream()
                            .map(c -> c.getType() + ":" + c.getId())
                            .sorted()
                            .toList());
        }
        return credentials;
    }

    private static LocalPostgres localPostgres() {
        if ("databases".equals(System.getenv("SPORTELLO_IT_DB_RESTART"))) {
            return LocalPostgres.databasesOnly(
                    List.of(System.getenv("KC_TEST_DATABASE_URL"), SportelloServerConfig.CRM.url()));
        }
        StringBuilder whyNot = new StringBuilder();
        return LocalPostgres.ofKeycloakDatabase(whyNot).orElseGet(() -> {
            String reason = "Database restart test skipped: " + whyNot
                    + "; set SPORTELLO_IT_DB_RESTART_REQUIRED=true to fail instead";
            if (Boolean.parseBoolean(System.getenv("SPORTELLO_IT_DB_RESTART_REQUIRED"))) {
                throw new AssertionError(reason.replace("skipped", "cannot run"));
            }
            Assumptions.abort(reason);
            return null;
        });
    }
}
