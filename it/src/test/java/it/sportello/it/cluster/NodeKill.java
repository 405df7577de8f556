package it.sportello.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.Mails;
import it.sportello.launcher.KeycloakServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;

/**
 * Node A dies by SIGKILL (no shutdown, no leave message to the cluster) while a claim and a password reset are half
 * done on it, behind the cluster's one address ({@link Balancer}), which then hands new connections to node B. The
 * claim goes on on B from the step it had reached, the emailed reset link opens on B and the new password signs in;
 * the claim attempt counters and the brute-force lockout counted on A hold on B. Keycloak keeps authentication
 * sessions, action tokens (and Sportello's counters, which live in the same single-use store) and login failures in
 * distributed caches with two owners, so with two nodes B holds a copy of each.
 *
 * <p>The link must be opened at the address it was requested at: Keycloak checks an action token's issuer against the
 * address of the request, and a link requested through one node's own address and opened at another's gets the 400
 * page "Reimpostazione delle credenziali non permessa" (the reset handler's default message for any failed check),
 * the kill playing no part. Every node of a cluster is therefore reached through one public address (in production
 * {@code --hostname}); the scenario shows the refusal once, then opens the link as a user would.
 */
final class NodeKill {

    static final String LOCKED_USER = "cluster.locked";
    static final String RESET_USER = "cluster.reset";
    private static final String PASSWORD = "Cluster-Before-2026";
    private static final String NEW_PASSWORD = "Cluster-After-2026";
    private static final Pattern SINGLE_NODE_VIEW =
            Pattern.compile("ISPN000094: Received new cluster view[^\\n]*\\(1\\)");

    private final KeycloakServer nodeA;
    private final KeycloakServer nodeB;
    private final Balancer balancer;
    private final GreenMail mail;

    /**
     * What the kill cost, as measured: from the SIGKILL to B's log of a cluster view without A, and how long B took to
     * answer the claim's next step.
     */
    record Measures(long detectionMillis, long claimStepOnBMillis) {}

    NodeKill(KeycloakServer nodeA, KeycloakServer nodeB, Balancer balancer, GreenMail mail) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        this.balancer = balancer;
        this.mail = mail;
    }

    Measures run() throws Exception {
        String lockedId = ClusterIT.createUser(nodeA, LOCKED_USER, PASSWORD, null);
        ClusterIT.createUser(nodeA, RESET_USER, PASSWORD, RESET_USER + "@example.com");
        for (int i = 0; i < 3; i++) {
            assertThat(new ClaimHttpSession(ClusterIT.registrationUrl(balancer.baseUrl()))
                            .verify("C0003", "RSSMRA85T10A562S", "FTC-000103")
                            .status())
                    .isEqualTo(200);
        }
        ClaimHttpSession claim = new ClaimHttpSession(ClusterIT.registrationUrl(balancer.baseUrl()));
        assertThat(claim.verify("Z9101", "RSSMRA85T10A562S", "FTC-000106").body())
                .contains("Non troviamo un cliente");
        Visitor resetting = new Visitor();
        String link = requestResetLink(resetting);
        for (int i = 0; i < 5; i++) { // last, as the lockout lasts a minute
            FormLogin.attempt(ClusterIT.loginUrl(balancer.baseUrl()), LOCKED_USER, "wrong-password-" + i);
            Thread.sleep(1_100); // a failure counts at most once per quick-login interval (1 s)
        }

        Path logB = nodeB.home().resolve("node.log");
        long offset = Files.size(logB);
        ProcessHandle jvmA = nodeA.jvm();
        long killed = System.nanoTime();
        assertThat(jvmA.destroyForcibly()).as("SIGKILL sent to node A").isTrue();
        CompletableFuture<Long> detection =
                CompletableFuture.supplyAsync(() -> awaitSingleNodeView(logB, offset, killed));
        jvmA.onExit().get(30, TimeUnit.SECONDS);

        Thread.sleep(500); // the visitor's next click; the balancer has closed A's connections meanwhile

        long next = System.nanoTime();
        Attempt onB = claim.verify("C0006", "24681350013", "FTC-000106");
        long firstAnswer = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - next);
        assertThat(onB.status()).isEqualTo(200);
        assertThat(onB.body()).contains("Sei tu?").contains("Luce Verde Soc. Coop.");

        assertSurvivors(lockedId);
        finishReset(resetting, link);
        return new Measures(detection.get(1, TimeUnit.MINUTES), firstAnswer);
    }

    /** On node A: "Forgot password?", the choose-user form, the mail; returns the mail's link. */
    private String requestResetLink(Visitor visitor) throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        Visitor.Page login = visitor.get(ClusterIT.loginUrl(balancer.baseUrl()));
        Visitor.Page form = visitor.get(login.link("/login-actions/reset-credentials"));
        assertThat(form.body()).doesNotContain("sportello-pow-challenge");
        Visitor.Page answer = visitor.post(form.formAction("sportello-reset-choose-user"), "username=" + RESET_USER);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(mail.waitForIncomingEmail(20_000, mailsBefore + 1))
                .as("reset mail")
                .isTrue();
        String link = Mails.actionLink(mail.getReceivedMessages()[mailsBefore]);
        assertThat(link).startsWith(balancer.baseUrl());
        return link;
    }

    /** On node B: the link (refused once at B's own address, see the class comment), the new password, a sign-in. */
    private void finishReset(Visitor visitor, String link) throws Exception {
        Visitor.Page elsewhere =
                visitor.get(nodeB.baseUrl() + link.substring(balancer.baseUrl().length()));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("Reimpostazione delle credenziali non permessa");
        try (Keycloak admin = ClusterIT.admin(nodeB)) {
            List<EventRepresentation> refused = admin.realm(ClusterIT.REALM)
                    .getEvents(List.of("EXECUTE_ACTION_TOKEN_ERROR"), null, null, null, null, null, 0, 1);
            assertThat(refused).singleElement().satisfies(event -> assertThat(
                            event.getDetails().get("reason"))
                    .startsWith("Invalid token issuer"));
        }

        Visitor.Page update = visitor.get(link);
        String form = "password-new=" + URLEncoder.encode(NEW_PASSWORD, StandardCharsets.UTF_8) + "&password-confirm="
                + URLEncoder.encode(NEW_PASSWORD, StandardCharsets.UTF_8);
        Visitor.Page done = visitor.post(update.formAction("kc-passwd-update-form"), form);
        assertThat(done.status()).as("answer to the new password").isLessThan(500);
        assertThat(FormLogin.attempt(ClusterIT.loginUrl(balancer.baseUrl()), RESET_USER, NEW_PASSWORD)
                        .signedIn())
                .as("new password signs in on B")
                .isTrue();
    }

    /** The lockout and the claim counters counted on A, read on B. */
    private void assertSurvivors(String lockedId) throws Exception {
        try (Keycloak admin = ClusterIT.admin(nodeB)) {
            Map<String, Object> status =
                    admin.realm(ClusterIT.REALM).attackDetection().bruteForceUserStatus(lockedId);
            assertThat(status).containsEntry("disabled", true);
        }
        assertThat(FormLogin.attempt(ClusterIT.loginUrl(balancer.baseUrl()), LOCKED_USER, PASSWORD)
                        .signedIn())
                .as("locked out on B too")
                .isFalse();
        Attempt refused = new ClaimHttpSession(ClusterIT.registrationUrl(balancer.baseUrl()))
                .verify("C0003", "RSSMRA85T10A562S", "FTC-000103");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Troppi tentativi.").doesNotContain("Sei tu?");
    }

    /** How long B took to install a view without A, from the kill; fails past a minute. */
    private static long awaitSingleNodeView(Path log, long offset, long killed) {
        long deadline = killed + Duration.ofMinutes(1).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                byte[] bytes = Files.readAllBytes(log);
                String since = new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
                if (SINGLE_NODE_VIEW.matcher(since).find()) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
                }
                Thread.sleep(50);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("Node B never installed a view without node A");
    }
}
