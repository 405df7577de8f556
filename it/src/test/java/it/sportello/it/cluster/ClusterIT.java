package it.sportello.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.sportello.it.SportelloServerConfig;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.PkceLogin;
import it.sportello.launcher.KeycloakServer;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Two Keycloak processes on this machine sharing one PostgreSQL database, clustered by Keycloak's own Infinispan
 * (jdbc-ping discovery), with every Sportello provider deployed: an account claim started on one node goes on on
 * the other, the claiming attempt counters and brute-force lockouts are the same on both, and the automatic
 * acquisition of self-readings, running on both nodes, acquires each reading once. Last, node A dies by SIGKILL in
 * the middle of a claim and of a reset, which go on on node B behind the cluster's one address ({@link NodeKill}).
 * Needs PostgreSQL
 * (127.0.0.1:5432 unless SPORTELLO_IT_CLUSTER_DB_URL says otherwise); skipped with a message when it cannot be
 * reached, unless SPORTELLO_IT_CLUSTER_REQUIRED=true (CI), where that fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String REALM = "customer-portal";
    private static final String DATABASE = "sportello_it_cluster";

    private static final List<KeycloakServer> NODES = new ArrayList<>();
    private static KeycloakServer nodeA;
    private static KeycloakServer nodeB;
    private static Balancer balancer;
    private static GreenMail mail;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String server = env("SPORTELLO_IT_CLUSTER_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = env("SPORTELLO_IT_CLUSTER_DB_USER", "postgres");
        String password = env("SPORTELLO_IT_CLUSTER_DB_PASSWORD", "postgres");
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        } catch (java.sql.SQLException unreachable) {
            if (Boolean.parseBoolean(env("SPORTELLO_IT_CLUSTER_REQUIRED", "false"))) {
                throw unreachable;
            }
            Assumptions.abort("Cluster test skipped: no PostgreSQL at " + server + " (" + unreachable.getMessage()
                    + "); set SPORTELLO_IT_CLUSTER_DB_URL, or SPORTELLO_IT_CLUSTER_REQUIRED=true to fail instead");
        }

        Map<String, String> crm = SportelloServerConfig.CRM.serverOptions();
        List<String> build = new ArrayList<>(List.of("db=postgres", "health-enabled=true", "cache=ispn"));
        for (String buildTime : List.of("db-kind-crm", "transaction-xa-enabled-crm")) {
            build.add(buildTime + "=" + crm.get(buildTime));
        }
        Path work = Path.of("target", "cluster").toAbsolutePath();
        Path homeA = KeycloakServer.install(
                Path.of(System.getProperty("sportello.keycloak.zip")), providers(), work.resolve("a"), build);
        Path homeB = KeycloakServer.copy(homeA, work.resolve("b"));

        Map<String, String> runtime = new LinkedHashMap<>(crm);
        runtime.remove("db-kind-crm");
        runtime.remove("transaction-xa-enabled-crm");
        runtime.put("db-url", server + DATABASE);
        runtime.put("db-username", user);
        runtime.put("db-password", password);
        runtime.put("db-pool-max-size", "20");
        runtime.put("log-level", "INFO");
        // both nodes sign proof-of-work challenges and hash rate-limit keys with the same configured secrets
        runtime.putAll(SportelloServerConfig.SECRET_OPTIONS);
        // the automatic acquisition of self-readings runs on both nodes; a delay apart from the suite server's (48 h)
        // so that only the cluster acquires the readings ReadingsAcquiredOnce writes
        runtime.put("spi-customer-directory--jpa--reading-auto-acquire-hours", "1");
        runtime.put("spi-customer-directory--jpa--reading-auto-acquire-interval-seconds", "2");

        // JGroups ports away from Keycloak's default 7800: its failure detection (FD_SOCK2) listens on port + 50000 on
        // every interface, and a node that finds 57800 taken (by a benchmark server) moves up, so B would watch the
        // wrong process and notice A's death only by heartbeat timeout
        nodeA = node(homeA, 8180, 9180, 7900, runtime);
        nodeA.awaitReady();
        nodeB = node(homeB, 8280, 9280, 7901, runtime);
        nodeB.awaitReady();
        nodeB.awaitClusterView(2);

        balancer = new Balancer(8480, List.of(8180, 8280));
        mail = new GreenMail(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (Keycloak admin = admin(nodeA);
                InputStream realm = ClusterIT.class.getResourceAsStream("/demo-realm/customer-portal-realm.json")) {
            RealmRepresentation representation = JsonSerialization.readValue(realm, RealmRepresentation.class);
            representation.setSmtpServer(Map.of("host", "127.0.0.1", "port", "3125", "from", "sportello@example.com"));
            admin.realms().create(representation);
        }
    }

    private static KeycloakServer node(
            Path home, int httpPort, int managementPort, int clusterPort, Map<String, String> options)
            throws Exception {
        Map<String, String> node = new LinkedHashMap<>(options);
        node.put("cache-embedded-network-bind-address", "127.0.0.1");
        node.put("cache-embedded-network-bind-port", Integer.toString(clusterPort));
        KeycloakServer server = KeycloakServer.start(
                home, httpPort, managementPort, node, "-Xms128m -Xmx768m", home.resolve("node.log"));
        NODES.add(server);
        return server;
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (KeycloakServer node : NODES) {
            node.close();
        }
        if (balancer != null) {
            balancer.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void readingsAreAcquiredOnceWhileBothNodesRunTheTask() throws Exception {
        ClusterReadings readings = new ClusterReadings(SportelloServerConfig.CRM);
        List<Path> logs = NODES.stream().map(n -> n.home().resolve("node.log")).toList();
        long[] offsets = ClusterReadings.sizes(logs);
        try {
            List<String> ids = readings.insertSubmitted(30, java.time.Duration.ofHours(2));

            readings.awaitAllAcquired(ids, java.time.Duration.ofSeconds(60));

            // each acquisition logs how many readings it took: over both nodes, exactly the 30, none twice
            assertThat(ClusterReadings.acquiredSince(logs, offsets)).isEqualTo(ids.size());
        } finally {
            readings.deleteInserted();
        }
    }

    @Test
    void claimStartedOnOneNodeGoesOnOnTheOther() throws Exception {
        ClaimHttpSession visitor = new ClaimHttpSession(registrationUrl(nodeA.baseUrl()));
        assertThat(visitor.verify("Z9101", "RSSMRA85T10A562S", "FTC-000106").body())
                .contains("Non troviamo un cliente");

        visitor.moveTo(nodeA.baseUrl(), nodeB.baseUrl());
        Attempt onB = visitor.verify("C0006", "24681350013", "FTC-000106");

        assertThat(onB.status()).isEqualTo(200);
        assertThat(onB.body()).contains("Sei tu?").contains("Luce Verde Soc. Coop.");
    }

    @Test
    void claimFailuresCountedOnOneNodeRefuseOnTheOther() throws Exception {
        try (Keycloak admin = admin(nodeB)) {
            claimVerifyConfig(admin.realm(REALM), Map.of("codeFailureLimit", "3", "captchaAfterFailures", "0"));
        }
        ClaimHttpSession onA = new ClaimHttpSession(registrationUrl(nodeA.baseUrl()));
        for (int i = 0; i < 3; i++) {
            assertThat(onA.verify("C0005", "RSSMRA85T10A562S", "FTC-000105").status())
                    .isEqualTo(200);
        }

        ClaimHttpSession onB = new ClaimHttpSession(registrationUrl(nodeB.baseUrl()));
        Attempt refused = onB.verify("C0005", "CNTSFN75M22L219F", "FTC-000105");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Troppi tentativi.").doesNotContain("Sei tu?");
    }

    @Test
    void bruteForceLockoutOnOneNodeHoldsOnTheOther() throws Exception {
        String userId = createUser(nodeA, "cluster.staff", "Cluster-Staff-2026", null);
        for (int i = 0; i < 5; i++) {
            // the realm counts a failure at most once per quick-login interval (1 s)
            FormLogin.attempt(loginUrl(nodeA.baseUrl()), "cluster.staff", "wrong-password-" + i);
            Thread.sleep(1_100);
        }

        try (Keycloak admin = admin(nodeB)) {
            Map<String, Object> status = admin.realm(REALM).attackDetection().bruteForceUserStatus(userId);
            assertThat(status).containsEntry("disabled", true);
            assertThat(((Number) status.get("numFailures")).intValue()).isGreaterThanOrEqualTo(5);
        }
        FormLogin.Result onB = FormLogin.attempt(loginUrl(nodeB.baseUrl()), "cluster.staff", "Cluster-Staff-2026");
        assertThat(onB.signedIn()).isFalse();
    }

    /** Runs last: node A does not come back; see {@link NodeKill}. */
    @Test
    @Order(Integer.MAX_VALUE)
    void nodeKilledMidClaimAndMidResetTheFlowsGoOnOnTheOther() throws Exception {
        try (Keycloak admin = admin(nodeB)) {
            claimVerifyConfig(admin.realm(REALM), Map.of("codeFailureLimit", "3", "captchaAfterFailures", "0"));
        }
        NodeKill.Measures measures = new NodeKill(nodeA, nodeB, balancer, mail).run();
        System.out.println("[ClusterIT] node A killed: " + measures);
    }

    /** A user of the realm with a password and, unless null, a verified email; returns its id. */
    static String createUser(KeycloakServer node, String username, String password, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(email);
        user.setEmailVerified(email != null);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Keycloak admin = admin(node);
                var response = admin.realm(REALM).users().create(user)) {
            assertThat(response.getStatus()).isEqualTo(201);
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    static String registrationUrl(String baseUrl) {
        return new PkceLogin(baseUrl + "/realms/" + REALM, BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .registrationUrl("it");
    }

    static String loginUrl(String baseUrl) {
        return new PkceLogin(baseUrl + "/realms/" + REALM, BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it");
    }

    private static void claimVerifyConfig(RealmResource realm, Map<String, String> values) {
        AuthenticationExecutionInfoRepresentation execution =
                realm.flows().getExecutions("sportello registration").stream()
                        .filter(e -> "sportello-claim-verify".equals(e.getProviderId()))
                        .findFirst()
                        .orElseThrow();
        AuthenticatorConfigRepresentation config =
                realm.flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
        Map<String, String> merged = new LinkedHashMap<>(config.getConfig());
        merged.putAll(values);
        config.setConfig(merged);
        realm.flows().updateAuthenticatorConfig(config.getId(), config);
    }

    static Keycloak admin(KeycloakServer node) {
        return Keycloak.getInstance(node.baseUrl(), "master", "admin", "admin", "admin-cli");
    }

    private static List<Path> providers() {
        List<Path> jars = new ArrayList<>();
        for (String property : List.of(
                "sportello.jar.user-storage",
                "sportello.jar.authenticators",
                "sportello.jar.portal",
                "sportello.jar.themes")) {
            jars.add(Path.of(System.getProperty(property)));
        }
        return jars;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
