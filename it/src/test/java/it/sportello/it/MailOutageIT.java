package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.ResetHttpSession;
import it.sportello.it.support.SupportHttpForm;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The mail server down, for the server: the realm's SMTP settings point at a port nobody listens on (the test mail
 * server is shared by the whole suite and cannot be restarted), then back at the test mail server. Claim, reset,
 * support request, portal ticket and delegated reset each answer a page or a problem the user understands, never a
 * server error; nothing is left half-done (no claimed account without its mail, no ticket lost, no reset interval
 * taken by a mail that never left); and once the mail server is back the user gets the mail by asking again.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class MailOutageIT {

    /** Luce Verde Soc. Coop. (C0006): partita IVA, a recent invoice and its email of record in the demo CRM. */
    private static final String LUCE_VERDE = "C0006";

    private static final String LUCE_VERDE_PARTITA_IVA = "24681350013";
    private static final String LUCE_VERDE_INVOICE = "FTC-000106";
    private static final String LUCE_VERDE_EMAIL = "contatti@luceverde.example";
    private static final String TRY_AGAIN_LATER_IT = "Riprova pi";
    private static final String UNIFORM_RESET_ANSWER_IT = "Se esiste un account per i dati inseriti";
    private static final String SUPPORT_NO_MAIL_IT = "annota il numero della richiesta";
    private static final String COMPANY_ADMIN = "acqua.admin";
    private static final String COLLEAGUE = "acqua.tecnico";
    private static final String COLLEAGUE_EMAIL = "ufficio.tecnico@acquachiara.example";
    private static final String INVITED_EMAIL = "nuovo.collega@acquachiara.example";
    private static final String PASSWORD = "Portale-Guasto-2026";

    /** A new realm for every test: the claim and the reset intervals must not carry over. */
    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private Map<String, String> smtp;

    @BeforeEach
    void setUp() throws Exception {
        // the CRM outlives the realms: Luce Verde keeps its demo email of record
        crm.update(LUCE_VERDE, "email", LUCE_VERDE_EMAIL);
        smtp = new HashMap<>(realm.admin().toRepresentation().getSmtpServer());
    }

    @AfterEach
    void mailServerBack() {
        mailUp();
    }

    @Test
    void claimWhenMailIsDownThenTryAgainLaterNothingClaimedAndOnceBackTheSameFormSendsTheLink() throws Exception {
        ClaimHttpSession claim = new ClaimHttpSession(newLogin().registrationUrl("it"));
        claim.verify(LUCE_VERDE, LUCE_VERDE_PARTITA_IVA, LUCE_VERDE_INVOICE);
        claim.confirm();
        mailDown();

        ClaimHttpSession.Attempt down = claim.complete(selfService());

        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(down.body()).contains(TRY_AGAIN_LATER_IT).doesNotContain("Exception");
        // nothing half-done: no password, no security question, no claim the customer cannot finish
        assertThat(realm.admin().users().search(LUCE_VERDE, true)).allSatisfy(user -> assertThat(
                        realm.admin().users().get(user.getId()).credentials())
                .as("credentials of an account whose mail never left")
                .isEmpty());
        assertThat(events("REGISTER_ERROR", null))
                .extracting(EventRepresentation::getError)
                .contains("sportello_claim_email_failed");

        mailUp();
        int mailsBefore = mail.getReceivedMessages().length;
        ClaimHttpSession.Attempt back = claim.complete(selfService());

        assertThat(back.status()).as(back.body()).isLessThan(400);
        MimeMessage link = awaitActionLink(mailsBefore);
        assertThat(link.getAllRecipients()[0].toString()).isEqualTo(LUCE_VERDE_EMAIL);
        UserRepresentation claimed = RealmUsers.find(realm, LUCE_VERDE.toLowerCase(java.util.Locale.ROOT));
        assertThat(realm.admin().users().get(claimed.getId()).credentials())
                .extracting(CredentialRepresentation::getType)
                .contains(CredentialRepresentation.PASSWORD);
    }

    @Test
    void resetWhenMailIsDownThenSamePageAsUnknownAccountAndOnceBackANewRequestGetsTheLink() throws Exception {
        FlowConfigs.resetChooseUser(realm, Map.of("captchaAfterRequests", "0", "ipAttemptLimit", "0"));
        RealmUsers.createStaff(realm, "guasto.posta", PASSWORD);
        String userId = RealmUsers.find(realm, "guasto.posta").getId();
        mailDown();

        ResetHttpSession.Attempt known = newVisitor().request("guasto.posta");
        ResetHttpSession.Attempt unknown = newVisitor().request("nessuno.qui");

        // a mail failure must not tell that the account exists: the page of an unknown account
        assertThat(known.status()).as(known.body()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(known.body()).contains(UNIFORM_RESET_ANSWER_IT);
        assertThat(comparable(known.body(), "guasto.posta")).isEqualTo(comparable(unknown.body(), "nessuno.qui"));
        assertThat(events("SEND_RESET_PASSWORD_ERROR", userId))
                .extracting(EventRepresentation::getError)
                .containsExactly("email_send_failed");

        mailUp();
        int mailsBefore = mail.getReceivedMessages().length;
        ResetHttpSession.Attempt again = newVisitor().request("guasto.posta");

        assertThat(again.body()).contains(UNIFORM_RESET_ANSWER_IT);
        // the mail that never left did not take the account's mail interval
        MimeMessage link = awaitActionLink(mailsBefore);
        assertThat(link.getAllRecipients()[0].toString()).isEqualTo("guasto.posta@sportello.example");
    }

    @Test
    void supportRequestWhenMailIsDownThenTicketStoredAndItsNumberShownWithTheNoMailNotice() throws Exception {
        mailDown();
        long ticketsBefore = crm.countTickets();
        String mailbox = "guasto-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        SupportHttpForm.Page sent = new SupportHttpForm(realm.getBaseUrl() + "/sportello-support?kc_locale=it")
                .submit(supportRequest(mailbox));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.ticketNumber()).as("ticket number on the page").isPresent();
        assertThat(sent.body()).contains(SUPPORT_NO_MAIL_IT);
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore + 1);
        assertThat(crm.ticket(sent.ticketNumber().orElseThrow())).isPresent();
    }

    @Test
    void portalTicketWhenMailIsDownThenCreatedAndListed() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), PASSWORD);
        String token = signIn("C0001");
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        mailDown();

        HttpResponse<String> created = portal.postMultipart("/tickets", token, ticketFields(), List.of());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = PortalClient.json(created).get("id").asText();
        assertThat(PortalClient.json(portal.get("/tickets", token)).findValuesAsText("id"))
                .contains(id);
    }

    @Test
    void delegatedResetAndInvitationWhenMailIsDownThen503ProblemNothingKeptAndOnceBackTheResetGoesOut()
            throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, COMPANY_ADMIN), PASSWORD);
        String token = signIn(COMPANY_ADMIN);
        String colleague = RealmUsers.find(realm, COLLEAGUE).getId();
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        String path = "/company/members/" + colleague + "/password-reset";
        mailDown();

        HttpResponse<String> down = portal.postJson(path, token, "");

        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(PortalClient.json(down).get("type").asText()).isEqualTo("urn:sportello:problem:unavailable");
        assertThat(down.body()).doesNotContain("Exception", COLLEAGUE_EMAIL);
        // the invitation of a colleague: the same problem, and no user left without its mail
        HttpResponse<String> invitation = portal.postJson(
                "/company/members",
                token,
                "{\"firstName\": \"Nuovo\", \"lastName\": \"Collega\", \"email\": \"" + INVITED_EMAIL
                        + "\", \"company\": \"acqua-chiara\"}");
        assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(503);
        assertThat(realm.admin().users().searchByEmail(INVITED_EMAIL, true)).isEmpty();

        mailUp();
        int mailsBefore = mail.getReceivedMessages().length;
        HttpResponse<String> back = portal.postJson(path, token, "");

        // the request whose mail never left did not take the colleague's interval
        assertThat(back.statusCode()).as(back.body()).isEqualTo(204);
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getAllRecipients())
                .extracting(Object::toString)
                .containsExactly(COLLEAGUE_EMAIL);
    }

    /** Points the realm's SMTP settings at a local port nobody listens on: the server meets a mail server down. */
    private void mailDown() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        Map<String, String> dead = new HashMap<>(smtp);
        dead.put("port", Integer.toString(deadPort));
        updateSmtp(dead);
    }

    private void mailUp() {
        updateSmtp(smtp);
    }

    private void updateSmtp(Map<String, String> settings) {
        RealmRepresentation update = realm.admin().toRepresentation();
        update.setSmtpServer(settings);
        realm.admin().update(update);
    }

    private MimeMessage awaitActionLink(int from) throws Exception {
        Mails.awaitMail(mail, from + 1);
        return Mails.withActionLink(mail, from);
    }

    private String signIn(String username) throws Exception {
        String token = new BrowserLogin(realm, driver, loginPage).signInForToken(username, PASSWORD);
        assertThat(token).as("%s signs in", username).isNotNull();
        return token;
    }

    private PkceLogin newLogin() {
        return new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
    }

    private ResetHttpSession newVisitor() throws Exception {
        return new ResetHttpSession(newLogin().authorizationUrl("it"));
    }

    private static Map<String, String> selfService() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password", "Luce-Verde-Guasto-2026");
        fields.put("password-confirm", "Luce-Verde-Guasto-2026");
        fields.put("securityQuestion", "sportelloQuestionFirstSchool");
        fields.put("securityAnswer", "Scuola Carducci");
        fields.put("securityAnswerConfirm", "Scuola Carducci");
        return fields;
    }

    private static Map<String, String> supportRequest(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requesterKind", "person");
        fields.put("firstName", "Mario");
        fields.put("lastName", "Rossi");
        fields.put("email", email);
        fields.put("message", "Non riesco ad accedere.");
        return fields;
    }

    private static Map<String, String> ticketFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "FAULT");
        fields.put("subject", "Caldaia ferma");
        fields.put("description", "Non parte da ieri sera.");
        return fields;
    }

    /** The page with what differs from render to render and what was typed taken out. */
    private static List<String> comparable(String body, String typed) {
        return ResetHttpSession.comparable(body.replace(typed, "")).lines().toList();
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }
}
