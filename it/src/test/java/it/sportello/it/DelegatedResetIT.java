package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.ResetPages;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * Delegated password reset on a real Keycloak with the realm export's demo companies (Keycloak organizations):
 * Acqua Chiara ({@code acqua.admin} in the group {@code /company-admins/acqua-chiara}, {@code acqua.tecnico}) and
 * Impianti Nord ({@code nord.admin}, {@code nord.manutenzione}). Callers sign in through the login page (authorization code with
 * PKCE) and call the portal API with their access token; the reset email is caught by the test SMTP server and its
 * link is followed in the browser. Callers who administer no company (members without the administrator group, users
 * of no company, local or CRM) are refused with 403; an administrator asking for a user outside its companies gets the
 * same 404 as for an unknown id, and no mail goes out; the administrator right is per company.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class DelegatedResetIT {

    private static final String ADMIN = "acqua.admin";
    private static final String COLLEAGUE = "acqua.tecnico";
    private static final String COLLEAGUE_EMAIL = "ufficio.tecnico@acquachiara.example";
    private static final String OTHER_ADMIN = "nord.admin";
    private static final String OTHER_MEMBER = "nord.manutenzione";
    private static final String PASSWORD = "Portale-Aziende-2026";
    private static final String NOT_ALLOWED = "urn:sportello:problem:not-allowed";
    private static final String NOT_FOUND = "urn:sportello:problem:not-found";
    private static final String RESET_SUBJECT_IT = "Modifica il tuo utente";
    /** The confirmation follows the language of the colleague's browser page, Italian or English. */
    private static final List<String> CHANGED_SUBJECTS =
            List.of("La tua password è stata cambiata", "Your password was changed");
    /** Long enough for a mail that is on its way to arrive; none should. */
    private static final long NO_MAIL_WAIT_MILLIS = 1_500;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private PortalClient portal;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
    }

    @Test
    void companyAdminResetsColleagueThenMailToColleagueThenLinkSetsNewPasswordThenColleagueSignsIn() throws Exception {
        String token = signIn(ADMIN);
        String colleagueId = userId(COLLEAGUE);

        HttpResponse<String> members = portal.get("/company/members", token);
        assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
        JsonNode list = PortalClient.json(members);
        assertThat(list.findValuesAsText("username")).containsExactly(COLLEAGUE);
        assertThat(list.get(0).get("company").asText()).isEqualTo("acqua-chiara");

        int mailsBefore = mail.getReceivedMessages().length;
        HttpResponse<String> sent = reset(token, colleagueId);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        MimeMessage resetMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(resetMail.getAllRecipients()).extracting(Object::toString).containsExactly(COLLEAGUE_EMAIL);
        assertThat(resetMail.getSubject()).isEqualTo(RESET_SUBJECT_IT);
        assertThat(events("SEND_RESET_PASSWORD", colleagueId)).singleElement().satisfies(event -> assertThat(
                        event.getDetails())
                .containsEntry("sportello_requested_by", userId(ADMIN))
                .containsEntry("sportello_company", "acqua-chiara")
                .containsEntry("email", COLLEAGUE_EMAIL));

        // asked again at once: refused, and nothing more is sent (the count of mails below says so)
        HttpResponse<String> again = reset(token, colleagueId);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(429);
        assertThat(PortalClient.json(again).get("type").asText())
                .isEqualTo("urn:sportello:problem:reset-recently-sent");

        // the colleague opens the link in a browser of its own (no session of the administrator)
        browser.signOut();
        ResetPages pages = new ResetPages(driver);
        pages.openEmailedLink(Mails.actionLink(resetMail));
        assertThat(pages.isUpdatePasswordPage())
                .as("update password page, got %s", pages.pageSource())
                .isTrue();
        pages.chooseNewPassword("Tecnico-Nuova-2026", "Tecnico-Nuova-2026");

        MimeMessage confirmation = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(confirmation.getAllRecipients()).extracting(Object::toString).containsExactly(COLLEAGUE_EMAIL);
        assertThat(confirmation.getSubject()).isIn(CHANGED_SUBJECTS);
        assertNoMoreMail(mailsBefore + 2);
        assertThat(browser.signInForToken(COLLEAGUE, "Tecnico-Nuova-2026"))
                .as("colleague signs in with the new password")
                .isNotNull();
        assertThat(browser.signInRefused(COLLEAGUE, PASSWORD))
                .as("old password")
                .isTrue();
    }

    @Test
    void companyAdminWhenUserOfAnotherCompanyOrOfNoCompanyThenSame404AndNoMail() throws Exception {
        String token = signIn(ADMIN);
        int mailsBefore = mail.getReceivedMessages().length;
        int errorsBefore = events("SEND_RESET_PASSWORD_ERROR", userId(ADMIN)).size();
        int sentBefore = events("SEND_RESET_PASSWORD", null).size();
        Map<String, String> refused = Map.of(
                "another company's member", userId(OTHER_MEMBER),
                "another company's administrator", userId(OTHER_ADMIN),
                "local account of no company", userId("demo"),
                "CRM customer of no company", userId("c0001"),
                "itself", userId(ADMIN),
                "unknown id", UUID.randomUUID().toString());

        for (Map.Entry<String, String> target : refused.entrySet()) {
            assertNotFound(reset(token, target.getValue()), target.getKey());
        }

        assertNoMoreMail(mailsBefore);
        List<EventRepresentation> errors = events("SEND_RESET_PASSWORD_ERROR", userId(ADMIN));
        assertThat(errors).hasSize(errorsBefore + refused.size());
        assertThat(errors.subList(0, refused.size()))
                .allSatisfy(event -> assertThat(event.getError()).isEqualTo("not_allowed"))
                .extracting(event -> event.getDetails().get("sportello_target_user"))
                .containsExactlyInAnyOrderElementsOf(refused.values());
        assertThat(events("SEND_RESET_PASSWORD", null)).hasSize(sentBefore);
        assertThat(PortalClient.json(portal.get("/company/members", token)).findValuesAsText("username"))
                .doesNotContain(OTHER_ADMIN, OTHER_MEMBER, "demo", "c0001");
    }

    @Test
    void memberOutsideTheAdminGroupThen403ForColleagueAndNoList() throws Exception {
        String token = signIn(COLLEAGUE);
        int mailsBefore = mail.getReceivedMessages().length;

        assertNotAllowed(reset(token, userId(ADMIN)), "company member outside the administrator group");
        assertNotAllowed(portal.get("/company/members", token), "member list");

        assertNoMoreMail(mailsBefore);
    }

    @Test
    void adminOfOneCompanyWhoIsPlainMemberOfAnotherThenListsAndResetsTheFirstOnlyAndNoMailForTheOther()
            throws Exception {
        String twoCompanies = createUser("doppio.ruolo", "doppio.ruolo@acquachiara.example");
        try {
            addMember("acqua-chiara", twoCompanies);
            addMember("impianti-nord", twoCompanies);
            realm.admin()
                    .users()
                    .get(twoCompanies)
                    .joinGroup(realm.admin()
                            .getGroupByPath("/company-admins/acqua-chiara")
                            .getId());
            String token = signIn("doppio.ruolo");

            HttpResponse<String> members = portal.get("/company/members", token);
            assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
            JsonNode list = PortalClient.json(members);
            assertThat(list.findValuesAsText("username")).containsExactlyInAnyOrder(ADMIN, COLLEAGUE);
            assertThat(list.findValuesAsText("company")).containsOnly("acqua-chiara");

            int mailsBefore = mail.getReceivedMessages().length;
            assertNotFound(reset(token, userId(OTHER_MEMBER)), "member of the company it only belongs to");
            assertNotFound(reset(token, userId(OTHER_ADMIN)), "administrator of the company it only belongs to");
            assertNoMoreMail(mailsBefore);

            // in its own company the right holds: acqua.admin is nobody else's reset target in this class
            HttpResponse<String> sent = reset(token, userId(ADMIN));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
            assertThat(Mails.awaitMail(mail, mailsBefore + 1).getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("responsabile.portale@acquachiara.example");
        } finally {
            realm.admin().users().delete(twoCompanies).close();
        }
    }

    @Test
    void otherCompanysAdmin404AndUsersOfNoCompany403ForAcquaChiarasMember() throws Exception {
        String colleagueId = userId(COLLEAGUE);
        int mailsBefore = mail.getReceivedMessages().length;

        assertNotFound(reset(signIn(OTHER_ADMIN), colleagueId), "Impianti Nord's administrator");
        assertNotAllowed(reset(signIn("demo"), colleagueId), "local account of no company");
        assertNotAllowed(reset(signIn("c0001"), colleagueId), "CRM customer of no company");
        assertThat(reset(null, colleagueId).statusCode()).as("anonymous").isEqualTo(401);

        assertNoMoreMail(mailsBefore);
    }

    private HttpResponse<String> reset(String token, String userId) throws Exception {
        return portal.postJson("/company/members/" + userId + "/password-reset", token, "");
    }

    private static void assertNotFound(HttpResponse<String> response, String who) throws Exception {
        assertThat(response.statusCode()).as("%s: %s", who, response.body()).isEqualTo(404);
        assertThat(PortalClient.json(response).get("type").asText()).as(who).isEqualTo(NOT_FOUND);
    }

    private static void assertNotAllowed(HttpResponse<String> response, String who) throws Exception {
        assertThat(response.statusCode()).as("%s: %s", who, response.body()).isEqualTo(403);
        assertThat(PortalClient.json(response).get("type").asText()).as(who).isEqualTo(NOT_ALLOWED);
    }

    /** Sets a known password as an administrator would (another test may have changed it), then signs in. */
    private String signIn(String username) throws Exception {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(PASSWORD);
        credential.setTemporary(false);
        realm.admin().users().get(userId(username)).resetPassword(credential);
        String token = browser.signInForToken(username, PASSWORD);
        assertThat(token).as("%s signs in", username).isNotNull();
        return token;
    }

    /** A local account of no company yet, as an administrator creates it. */
    private String createUser(String username, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Doppio");
        user.setLastName("Ruolo");
        user.setEnabled(true);
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("create %s", username).isEqualTo(201);
        }
        return userId(username);
    }

    private void addMember(String companyAlias, String userId) {
        String organizationId = realm.admin().organizations().getAll().stream()
                .filter(organization -> companyAlias.equals(organization.getAlias()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("organization " + companyAlias))
                .getId();
        try (Response added =
                realm.admin().organizations().get(organizationId).members().addMember(userId)) {
            assertThat(added.getStatus()).as("member of %s", companyAlias).isEqualTo(201);
        }
    }

    private String userId(String username) {
        List<UserRepresentation> found = realm.admin().users().search(username, true);
        assertThat(found).as("user %s", username).hasSize(1);
        return found.get(0).getId();
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }

    private void assertNoMoreMail(int expected) {
        assertThat(mail.waitForIncomingEmail(NO_MAIL_WAIT_MILLIS, expected + 1))
                .as("a mail that should not have been sent")
                .isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(expected);
    }
}
