package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.ResetHttpSession;
import it.sportello.it.support.ResetHttpSession.Attempt;
import it.sportello.it.support.ResetHttpSession.Solution;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Abuse limits of password recovery on a real Keycloak, over plain HTTP: one reset mail per account per interval
 * whoever asks, with the same answer for the requests that send none; the proof-of-work check after a number of
 * requests (or, in the "always" mode, on every request), which a script cannot skip; and a solved check that is good
 * only in the authentication session it was issued for. A new realm for every test, so that the cluster-wide counters
 * (keyed by realm) start from zero.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ResetAbuseIT {

    private static final String UNIFORM_ANSWER_IT = "Se esiste un account per i dati inseriti";
    private static final String POW_REQUIRED_IT = "Completa la verifica automatica";
    /** Long enough for a mail that is on its way to arrive; none should. */
    private static final long NO_MAIL_WAIT_MILLIS = 1_500;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @Test
    void resetRequestedAgainForOneAccountWithinTheIntervalThenSamePageAndNoSecondMail() throws Exception {
        // only the mail interval is under test here
        FlowConfigs.resetChooseUser(realm, Map.of("captchaAfterRequests", "0", "ipAttemptLimit", "0"));
        String userId = createUser("recupero-una-mail");
        int mailsBefore = mail.getReceivedMessages().length;

        Attempt first = newVisitor().request("recupero-una-mail");
        assertThat(mail.waitForIncomingEmail(10_000, mailsBefore + 1))
                .as("the first reset mail")
                .isTrue();
        // another visitor (another session), by the email address this time: the account is the same
        Attempt second = newVisitor().request("Recupero-Una-Mail@example.com");
        Attempt unknown = newVisitor().request("nessuno-qui@example.com");

        assertThat(second.status())
                .isEqualTo(first.status())
                .isEqualTo(unknown.status())
                .isEqualTo(200);
        assertThat(second.body()).contains(UNIFORM_ANSWER_IT);
        assertThat(comparable(second.body(), "Recupero-Una-Mail@example.com"))
                .isEqualTo(comparable(unknown.body(), "nessuno-qui@example.com"))
                .isEqualTo(comparable(first.body(), "recupero-una-mail"));
        assertNoMoreMail(mailsBefore + 1);
        assertThat(events("SEND_RESET_PASSWORD", userId)).hasSize(1);
        assertThat(events("RESET_PASSWORD_ERROR", userId))
                .extracting(EventRepresentation::getError)
                .containsExactly("sportello_reset_mail_too_soon");
    }

    @Test
    void resetAfterTheThresholdOfRequestsThenProofOfWorkWhichAScriptCannotSkip() throws Exception {
        FlowConfigs.resetChooseUser(realm, Map.of("captchaAfterRequests", "2", "ipAttemptLimit", "0"));
        ResetHttpSession visitor = newVisitor();
        assertThat(ResetHttpSession.asksProofOfWork(visitor.openForm())).isFalse();
        assertThat(visitor.post("Z9001", null).body()).contains(UNIFORM_ANSWER_IT);
        assertThat(ResetHttpSession.asksProofOfWork(visitor.openForm())).isFalse();
        assertThat(visitor.post("Z9002", null).body()).contains(UNIFORM_ANSWER_IT);

        // from the third request of this address on, also in a new session, the page asks for the check
        ResetHttpSession script = newVisitor();
        String page = script.openForm();
        assertThat(ResetHttpSession.asksProofOfWork(page)).isTrue();
        Attempt skipped = script.post("Z9003", null);
        assertThat(skipped.body()).contains(POW_REQUIRED_IT).doesNotContain(UNIFORM_ANSWER_IT);
        assertThat(ResetHttpSession.asksProofOfWork(skipped.body())).isTrue();
        assertThat(events("RESET_PASSWORD_ERROR", null))
                .filteredOn(event -> "sportello_reset_captcha".equals(event.getError()))
                .singleElement()
                .satisfies(event -> assertThat(event.getDetails()).containsEntry("sportello_pow_outcome", "missing"));

        // solved, as the page's script does: the request goes on to the uniform answer
        assertThat(script.post("Z9003", ResetHttpSession.solve(skipped.body())).body())
                .contains(UNIFORM_ANSWER_IT);
    }

    @Test
    void resetWhenTheCheckIsAlwaysOnThenTheFirstRequestOfEveryVisitorNeedsItAndAScriptCannotSkipIt() throws Exception {
        // no counter at all: only the "always" mode can ask for the check on a first request
        FlowConfigs.resetChooseUser(
                realm, Map.of("captchaAlways", "true", "captchaAfterRequests", "0", "ipAttemptLimit", "0"));
        ResetHttpSession script = newVisitor();
        assertThat(ResetHttpSession.asksProofOfWork(script.openForm())).isTrue();
        Attempt skipped = script.post("Z9006", null);
        assertThat(skipped.body()).contains(POW_REQUIRED_IT).doesNotContain(UNIFORM_ANSWER_IT);
        assertThat(events("RESET_PASSWORD_ERROR", null))
                .filteredOn(event -> "sportello_reset_captcha".equals(event.getError()))
                .singleElement()
                .satisfies(event -> assertThat(event.getDetails()).containsEntry("sportello_pow_outcome", "missing"));

        // solved, the request goes on to the uniform answer; the next visitor's first page asks again
        assertThat(script.post("Z9006", ResetHttpSession.solve(skipped.body())).body())
                .contains(UNIFORM_ANSWER_IT);
        assertThat(ResetHttpSession.asksProofOfWork(newVisitor().openForm())).isTrue();
    }

    @Test
    void resetWhenSolvedCheckOfOneSessionIsPostedInAnotherThenRefusedThereAndGoodInItsOwn() throws Exception {
        FlowConfigs.resetChooseUser(realm, Map.of("captchaAfterRequests", "1", "ipAttemptLimit", "0"));
        newVisitor().request("Z9004");
        ResetHttpSession owner = newVisitor();
        ResetHttpSession other = newVisitor();
        Solution solved = ResetHttpSession.solve(owner.openForm());
        other.openForm();

        Attempt replayed = other.post("Z9005", solved);
        assertThat(replayed.body()).contains(POW_REQUIRED_IT).doesNotContain(UNIFORM_ANSWER_IT);
        assertThat(events("RESET_PASSWORD_ERROR", null))
                .filteredOn(event -> "sportello_reset_captcha".equals(event.getError()))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.getDetails()).containsEntry("sportello_pow_outcome", "bad_signature"));

        assertThat(owner.post("Z9005", solved).body()).contains(UNIFORM_ANSWER_IT);
    }

    private ResetHttpSession newVisitor() throws Exception {
        return new ResetHttpSession(
                new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                        .authorizationUrl("it"));
    }

    /** The page with what differs from render to render and what was typed (the sign-in page shows it) taken out. */
    private static List<String> comparable(String body, String typed) {
        return ResetHttpSession.comparable(body.replace(typed, "")).lines().toList();
    }

    /** A local account (not in the CRM) with a password and a verified email, as an admin creates one. */
    private String createUser(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Recupero");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-2026-" + username.length());
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private void assertNoMoreMail(int expected) {
        assertThat(mail.waitForIncomingEmail(NO_MAIL_WAIT_MILLIS, expected + 1))
                .as("a mail that should not have been sent")
                .isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(expected);
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }
}
