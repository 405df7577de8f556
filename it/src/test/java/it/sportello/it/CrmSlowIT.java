package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.SignInHttpSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * A CRM that hangs instead of failing: the test holds an exclusive lock on the supply-point table, so every portal
 * query on it waits. The customer directory's query timeout (5 seconds by default) cancels those queries: the portal
 * answers a localized 503 problem within seconds, the waiting requests do not starve Keycloak's worker threads (a
 * local account signs in meanwhile), and once the lock is gone the same calls answer 200 again.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class CrmSlowIT {

    /**
     * C0001's portal password, set as an administrator would: the CRM's legacy hash, which the whole suite shares, is
     * cleared by the first legacy sign-in of any earlier class (AccessibilityIT's console journey signs C0001 in with
     * it), so a sign-in with the legacy password is refused when this class runs after such a one.
     */
    private static final String ROSSI_PASSWORD = "Rossi-Lento-2026";

    private static final String STAFF = "slow.crm.operator";
    private static final String STAFF_PASSWORD = "Operatore-Lento-2026!";
    /** Portal calls started while the CRM hangs: more than a handful, so they would pile up without the timeout. */
    private static final int WAITING_CALLS = 12;
    /** The default query timeout plus room for a busy machine; without a timeout the calls wait for the lock. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    /** How long the test keeps the lock at most: longer than {@link #ANSWER_WITHIN}. */
    private static final Duration LOCK_HELD_AT_MOST = Duration.ofSeconds(40);

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenACrmQueryHangsThePortalAnswers503PromptlyAndLocalAccountsStillSignIn() throws Exception {
        assumeTrue(
                SportelloServerConfig.CRM.kind().equals("postgres"),
                "Holds a PostgreSQL table lock: runs with SPORTELLO_IT_CRM_DB=postgres, as in CI");
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), ROSSI_PASSWORD);
        String token = new BrowserLogin(realm, driver, loginPage).signInForToken("C0001", ROSSI_PASSWORD);
        assertThat(token).as("C0001 signed in").isNotNull();
        assertThat(portal.get("/supply-points", token).statusCode()).isEqualTo(200);
        RealmUsers.createStaff(realm, STAFF, STAFF_PASSWORD);

        try (Connection lock = SportelloServerConfig.CRM.connect();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("set local lock_timeout = 0");
            statement.execute("lock table supply_point in access exclusive mode");
            // the server side gives up on its own; the lock is released at the latest when the test does
            statement.execute("set local idle_in_transaction_session_timeout = " + LOCK_HELD_AT_MOST.toMillis());

            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < WAITING_CALLS; i++) {
                calls.add(http.sendAsync(
                        portalCall(portal, token, i % 2 == 0 ? "it" : "en"), HttpResponse.BodyHandlers.ofString()));
            }

            SignInHttpSession.Attempt staff = new SignInHttpSession(
                            new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                                    .authorizationUrl("it"))
                    .signIn(STAFF, STAFF_PASSWORD);
            assertThat(staff.status())
                    .as("a local account signs in while portal calls wait on the CRM")
                    .isEqualTo(302);

            for (int i = 0; i < WAITING_CALLS; i++) {
                HttpResponse<String> answer = calls.get(i).join();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type"))
                        .get()
                        .asString()
                        .startsWith("application/problem+json");
                assertThat(PortalClient.json(answer).get("title").asText())
                        .isEqualTo(
                                i % 2 == 0
                                        ? "Servizio temporaneamente non disponibile"
                                        : "Service temporarily unavailable");
                assertThat(answer.body()).doesNotContain("Exception", "supply_point", "canceling statement");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("every waiting call answered before the lock was released")
                    .isLessThan(ANSWER_WITHIN);
            lock.rollback();
        }

        HttpResponse<String> after = portal.get("/supply-points", token);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    }

    private static HttpRequest portalCall(PortalClient portal, String token, String language) {
        return HttpRequest.newBuilder(URI.create(portal.url("/supply-points")))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .timeout(ANSWER_WITHIN)
                .GET()
                .build();
    }
}
