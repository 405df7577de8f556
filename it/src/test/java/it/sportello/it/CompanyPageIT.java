package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
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
import org.openqa.selenium.By;

/**
 * The company administrator's "Company" page of the account console in Chromium, on the realm export's demo companies:
 * {@code acqua.admin} (group {@code /company-admins/acqua-chiara}) sees its colleague {@code acqua.tecnico}, sends it a
 * password reset (the mail arrives; a second one within 5 minutes is refused with the server's localized message) and
 * invites a new colleague (Keycloak's execute-actions mail arrives, the user is a member of the organization). A
 * member without the administrator group has no menu entry and gets 403 from the API; another company's
 * administrator gets 404 for Acqua Chiara's member. The page is checked for accessibility at every width.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class CompanyPageIT {

    private static final String ADMIN = "acqua.admin";
    private static final String COLLEAGUE = "acqua.tecnico";
    private static final String COLLEAGUE_EMAIL = "ufficio.tecnico@acquachiara.example";
    private static final String PASSWORD = "Portale-Aziende-2026";
    /** The 5-minute interval's refusal, as the server words it in the console's language. */
    private static final String RECENTLY_SENT = "(già inviata|already sent|deja trimis)";
    /** The address is taken, as the server words it. */
    private static final String EMAIL_IN_USE = "(già in uso|already in use|deja folosită)";
    /** The browser's own check of the invitation form. */
    private static final String EMAIL_INVALID = "(non è un indirizzo email valido|not a valid email address|nu este)";

    private static final By INVITE_PROBLEM =
            By.cssSelector("[data-testid='company-invite-form'] [data-testid='portal-problem']");

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
    private PortalConsole console;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
        console = new PortalConsole(driver, realm.getBaseUrl());
    }

    @Test
    void companyAdminOpensCompanyPageThenResetsColleagueThenInvitesNewColleagueIntoTheOrganization() throws Exception {
        signInToConsole(ADMIN, "requests");
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());

        console.menu("company");
        assertThat(console.currentUrl()).contains("/account/company");
        console.visible(testId("member-" + COLLEAGUE));
        assertThat(console.all(By.cssSelector("[data-testid='company-members'] tbody tr")))
                .as("the other members of Acqua Chiara only")
                .hasSize(1);
        audit.check("company page");

        // password reset with its confirmation: the mail goes to the colleague
        int mailsBefore = mail.getReceivedMessages().length;
        console.click(testId("member-reset-" + COLLEAGUE));
        console.visible(testId("member-reset-modal"));
        audit.check("company page, reset confirmation");
        console.click(testId("member-reset-confirm"));
        console.visible(testId("company-reset-sent"));
        MimeMessage resetMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(resetMail.getAllRecipients()).extracting(Object::toString).containsExactly(COLLEAGUE_EMAIL);

        // again at once: the server's refusal, localized, and no mail
        console.click(testId("member-reset-" + COLLEAGUE));
        console.click(testId("member-reset-confirm"));
        assertThat(console.problem()).containsPattern(RECENTLY_SENT);
        assertThat(mail.getReceivedMessages()).hasSize(mailsBefore + 1);

        // the form's own check, then the invitation
        console.type(By.id("invite-firstName"), "Anna");
        console.type(By.id("invite-lastName"), "Neri");
        console.type(By.id("invite-email"), "anna.neri@");
        console.click(testId("company-invite"));
        assertThat(console.visible(By.id("invite-email-helper")).getText()).containsPattern(EMAIL_INVALID);
        audit.check("company page, invitation field error");
        console.type(By.id("invite-email"), "anna.neri@acquachiara.example");
        console.click(testId("company-invite"));
        console.visible(testId("company-invite-sent"));

        MimeMessage invitation = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(invitation.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly("anna.neri@acquachiara.example");
        assertThat(Mails.actionLink(invitation)).contains("action-token");
        UserRepresentation invited = user("anna.neri@acquachiara.example");
        assertThat(invited.getEmail()).isEqualTo("anna.neri@acquachiara.example");
        assertThat(invited.isEmailVerified()).isFalse();
        assertThat(organizationMembers("acqua-chiara"))
                .extracting(MemberRepresentation::getUsername)
                .contains("anna.neri@acquachiara.example");
        assertThat(events("INVITE_ORG", invited.getId())).singleElement().satisfies(event -> assertThat(
                        event.getDetails())
                .containsEntry("sportello_requested_by", user(ADMIN).getId())
                .containsEntry("sportello_company", "acqua-chiara"));
        console.visible(testId("member-anna.neri@acquachiara.example"));

        // the same address again: taken, said in the page, nothing sent
        console.type(By.id("invite-firstName"), "Anna");
        console.type(By.id("invite-lastName"), "Neri");
        console.type(By.id("invite-email"), "anna.neri@acquachiara.example");
        console.click(testId("company-invite"));
        assertThat(console.visible(INVITE_PROBLEM).getText()).containsPattern(EMAIL_IN_USE);
        assertThat(mail.getReceivedMessages()).hasSize(mailsBefore + 2);

        audit.assertClean();
    }

    @Test
    void memberWithoutAdminGroupSeesNoCompanyEntryAndApiAnswers403() throws Exception {
        // the page's address typed by hand: the page itself says no
        signInToConsole(COLLEAGUE, "company");
        assertThat(console.problem()).isNotBlank();
        // the menu asks the portal whether the caller administers a company: give that answer time to arrive
        Thread.sleep(2_000);
        assertThat(console.all(testId("nav-company"))).isEmpty();
        assertThat(console.all(testId("company-members"))).isEmpty();

        String token = browser.signInForToken(COLLEAGUE, PASSWORD);
        HttpResponse<String> companies = portal.get("/company", token);
        assertThat(companies.statusCode()).as(companies.body()).isEqualTo(200);
        assertThat(PortalClient.json(companies)).isEmpty();
        assertNotAllowed(portal.get("/company/members", token));
        assertNotAllowed(portal.postJson(
                "/company/members", token, "{\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x.y@example.com\"}"));
        assertThat(realm.admin().users().search("x.y@example.com", true)).isEmpty();
    }

    @Test
    void otherCompanysAdminGets404ForAcquaChiarasMemberAndProblemsForBadInvitationsAndSeesLastSignIn()
            throws Exception {
        // a sign-in of Impianti Nord's member leaves a LOGIN event: the administrator's list shows it
        setPassword("nord.manutenzione");
        assertThat(browser.signInForToken("nord.manutenzione", PASSWORD)).isNotNull();
        String token = signIn("nord.admin");

        JsonNode members = PortalClient.json(portal.get("/company/members", token));
        assertThat(members.findValuesAsText("username")).containsExactly("nord.manutenzione");
        assertThat(members.get(0).get("lastSignIn").asText()).isNotBlank();

        HttpResponse<String> reset =
                portal.postJson("/company/members/" + user(COLLEAGUE).getId() + "/password-reset", token, "");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(404);
        assertThat(PortalClient.json(reset).get("type").asText()).isEqualTo("urn:sportello:problem:not-found");

        int mailsBefore = mail.getReceivedMessages().length;
        HttpResponse<String> invalid =
                portal.postJson("/company/members", token, "{\"firstName\":\" \",\"email\":\"not-an-address\"}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(PortalClient.json(invalid).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("firstName", "lastName", "email");
        assertThat(portal.postJson("/company/members", token, "[1]").statusCode())
                .isEqualTo(400);

        HttpResponse<String> taken = portal.postJson(
                "/company/members",
                token,
                "{\"firstName\":\"Uff\",\"lastName\":\"Tec\",\"email\":\"" + COLLEAGUE_EMAIL.toUpperCase() + "\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(PortalClient.json(taken).get("type").asText()).isEqualTo("urn:sportello:problem:email-in-use");
        assertThat(organizationMembers("impianti-nord"))
                .extracting(MemberRepresentation::getUsername)
                .containsExactlyInAnyOrder("nord.admin", "nord.manutenzione");
        assertThat(mail.waitForIncomingEmail(1_500, mailsBefore + 1)).isFalse();
    }

    /** Signs in from a signed-out browser straight to a console page (the start page is the stock one for them). */
    private void signInToConsole(String username, String path) throws Exception {
        setPassword(username);
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        driver.open(realm.getBaseUrl() + "/account/" + path);
        loginPage.fillLogin(username, PASSWORD);
        loginPage.submit();
        console.visible(testId("nav-supply-points"));
    }

    private String signIn(String username) throws Exception {
        setPassword(username);
        String token = browser.signInForToken(username, PASSWORD);
        assertThat(token).as("%s signs in", username).isNotNull();
        return token;
    }

    /** A known password, as an administrator sets it (another class may have changed it). */
    private void setPassword(String username) {
        RealmUsers.setPassword(realm, user(username), PASSWORD);
    }

    private static void assertNotAllowed(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(PortalClient.json(response).get("type").asText()).isEqualTo("urn:sportello:problem:not-allowed");
    }

    private UserRepresentation user(String username) {
        return RealmUsers.find(realm, username);
    }

    private List<MemberRepresentation> organizationMembers(String alias) {
        String id = realm.admin().organizations().getAll().stream()
                .filter(organization -> alias.equals(organization.getAlias()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("organization " + alias))
                .getId();
        return realm.admin().organizations().get(id).members().getAll();
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }
}
