package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.SupportHttpForm;
import it.sportello.it.support.SupportHttpForm.Page;
import it.sportello.it.support.SupportPages;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The public support request form on a real Keycloak: reached from the sign-in and reset-password pages, the browser
 * solves the proof of work, the visitor gets a ticket number on the page and by email, and the CRM has the ticket,
 * linked to the customer only when code and tax ID match, with the same answer either way. Bad input gets messages
 * per field; posts without the proof of work, without the form cookie or from another origin, and beyond the rate
 * limits are refused with a localized message and store nothing.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class SupportRequestIT {

    private static final String POW_REQUIRED_IT =
            "Completa la verifica automatica: attendi che la verifica del browser sia completata, poi invia di nuovo il"
                    + " modulo.";
    private static final String FORM_EXPIRED_IT =
            "Questa pagina è scaduta. Controlla i dati e invia di nuovo il modulo.";
    private static final String HOSTILE = "<script>alert(1)</script>'; drop table customer; --";
    /** The response floor the realm uses by default. */
    private static final Duration FLOOR = Duration.ofMillis(300);

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private BrowserLogin browser;
    private SupportPages support;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        support = new SupportPages(driver);
        // generous limits for the suite (every post of this class comes from 127.0.0.1); tests lower them
        realm.updateWithCleanup(r -> r.attribute("sportello.support.enabled", "true")
                .attribute("sportello.support.ipLimit", "100")
                .attribute("sportello.support.emailLimit", "20"));
    }

    @Test
    void supportRequestFromTheLoginPageThenTicketNumberOnThePageInTheMailAndLinkedInTheCrm() throws Exception {
        String email = mailbox();
        int mailsBefore = mail.getReceivedMessages().length;
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));
        assertThat(driver.findElement(By.id("sportello-support-help")).getText())
                .isEqualTo("Serve aiuto? Invia una richiesta di assistenza");

        support.openFromLink();
        assertThat(support.title()).isEqualTo("Richiesta di assistenza");
        assertThat(support.documentTitle()).isEqualTo("Richiesta di assistenza – Sportello");
        assertThat(support.attribute("sportello-support-back", "href"))
                .endsWith("/realms/" + realm.getName() + "/account/");
        // the check's line says what was done, not a bare "Fatto"
        assertThat(support.solvedCheck()).isEqualTo("Verifica del browser completata.");
        support.type("firstName", "Mario");
        support.type("lastName", "Rossi");
        support.type("customerCode", "c0001");
        support.type("taxId", "RSSMRA85T10A562S");
        support.type("email", email);
        support.type("phone", "+39 055 123456");
        support.type("message", "Non riesco ad accedere.\nGrazie");
        support.send();

        assertThat(support.title()).isEqualTo("Grazie");
        assertThat(support.documentTitle()).isEqualTo("Richiesta di assistenza – Sportello");
        long number = Long.parseLong(support.ticketNumber());
        MimeMessage ack = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(ack.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(ack.getSubject()).isEqualTo("La tua richiesta di assistenza " + number);
        assertThat(GreenMailUtil.getBody(ack)).contains(Long.toString(number)).doesNotContain("Mario", "Rossi");
        Map<String, String> ticket = crm.ticket(number).orElseThrow();
        assertThat(ticket)
                .containsEntry("customer_code", "C0001")
                .containsEntry("category", "ACCESS")
                .containsEntry("status", "OPEN")
                .containsEntry("subject", "Non riesco ad accedere.")
                .containsEntry("message", "Non riesco ad accedere.\nGrazie")
                .containsEntry("full_name", "Mario Rossi")
                .containsEntry("email", email)
                .containsEntry("phone", "+39 055 123456")
                .containsEntry("stated_customer_code", "C0001")
                .containsEntry("stated_tax_id", "RSSMRA85T10A562S")
                .containsEntry("locale", "it");
    }

    @Test
    void supportLinkOnTheResetPasswordPageOpensTheFormInEnglishAndTheMailIsInEnglish() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("en"));
        driver.findElement(By.cssSelector("a[href*='reset-credentials']")).click();
        PageWaits.until(driver, d -> !d.findElements(By.id("sportello-reset-choose-user"))
                .isEmpty());

        support.openFromLink();
        assertThat(support.title()).isEqualTo("Support request");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        support.chooseCompany();
        support.type("companyName", "Acqua Chiara S.r.l.");
        support.type("contactPerson", "Giulia Neri");
        support.type("email", mailbox());
        support.type("message", "Who can change our billing address?");
        support.send();

        assertThat(support.title()).isEqualTo("Thank you");
        assertThat(support.documentTitle()).isEqualTo("Support request – Sportello");
        long number = Long.parseLong(support.ticketNumber());
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getSubject()).isEqualTo("Your support request " + number);
        // the thank-you page is no dead end: its way back leads to the sign-in page
        assertThat(support.attribute("sportello-support-back", "href"))
                .endsWith("/realms/" + realm.getName() + "/account/");
        support.backToSignIn();
        PageWaits.until(driver, d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        assertThat(crm.ticket(number).orElseThrow())
                .containsEntry("customer_code", null)
                .containsEntry("company_name", "Acqua Chiara S.r.l.")
                .containsEntry("full_name", "Giulia Neri")
                .containsEntry("locale", "en");
    }

    @Test
    void supportRequestWhenCodeAndTaxIdDoNotMatchThenSameAnswerAndTheTicketIsNotLinked() throws Exception {
        SupportHttpForm matching = form("it");
        matching.open();
        Page linked = matching.submit(person("C0003", "BNCLRA90A41F205I", mailbox()));
        SupportHttpForm mismatching = form("it");
        mismatching.open();
        Page unlinked = mismatching.submit(person("C0003", "RSSMRA85T10A562S", mailbox()));

        assertThat(unlinked.status()).isEqualTo(linked.status()).isEqualTo(200);
        assertThat(unlinked.comparable()).isEqualTo(linked.comparable());
        assertThat(Duration.ofNanos(linked.nanos())).isGreaterThanOrEqualTo(FLOOR);
        assertThat(Duration.ofNanos(unlinked.nanos())).isGreaterThanOrEqualTo(FLOOR);
        assertThat(crm.ticket(linked.ticketNumber().orElseThrow()).orElseThrow())
                .containsEntry("customer_code", "C0003");
        assertThat(crm.ticket(unlinked.ticketNumber().orElseThrow()).orElseThrow())
                .containsEntry("customer_code", null)
                .containsEntry("stated_customer_code", "C0003")
                .containsEntry("stated_tax_id", "RSSMRA85T10A562S");
    }

    @Test
    void supportRequestWhenFieldsAreEmptyMalformedOrMarkupThenFieldMessagesAndNothingStored() throws Exception {
        long ticketsBefore = crm.countTickets();
        driver.open(realm.getBaseUrl() + "/sportello-support?kc_locale=it");
        support.send();

        assertThat(support.isForm()).isTrue();
        assertThat(support.fieldError("firstName")).isEqualTo("Inserisci il tuo nome.");
        assertThat(support.fieldError("lastName")).isEqualTo("Inserisci il tuo cognome.");
        assertThat(support.fieldError("email")).isEqualTo("Inserisci il tuo indirizzo email.");
        assertThat(support.fieldError("message")).isEqualTo("Scrivici di cosa hai bisogno.");
        assertThat(support.attribute("email", "aria-invalid")).isEqualTo("true");
        assertThat(support.attribute("email", "aria-describedby")).contains("input-error-email");
        assertThat(support.attribute("phone", "aria-invalid")).isEqualTo("false");

        support.type("firstName", "<b>Mario</b>");
        support.type("lastName", "Rossi");
        support.type("taxId", "RSSMRA85T10A562X");
        support.type("customerCode", "C0001' OR '1'='1");
        support.type("email", "not-an-address");
        support.type("phone", "call me");
        support.type("message", HOSTILE);
        support.send();

        assertThat(support.fieldError("taxId")).isNotBlank();
        assertThat(support.fieldError("customerCode")).isNotBlank();
        assertThat(support.fieldError("email")).isEqualTo("Inserisci un indirizzo email valido.");
        assertThat(support.fieldError("phone")).startsWith("Inserisci un numero di telefono");
        assertThat(support.fieldError("firstName")).isEmpty();
        assertThat(support.value("firstName")).isEqualTo("<b>Mario</b>");
        assertThat(support.value("message")).isEqualTo(HOSTILE);
        assertThat(driver.driver().getPageSource()).doesNotContain("<script>alert(1)</script>", "<b>Mario</b>");
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore);

        SupportHttpForm script = form("it");
        script.open();
        Page tooLong = script.submit(Map.of(
                "requesterKind", "person",
                "firstName", "Mario",
                "lastName", "Rossi",
                "email", mailbox(),
                "message", "x".repeat(2_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldError("message")).isEqualTo("Il testo è troppo lungo: al massimo 2000 caratteri.");
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore);
    }

    @Test
    void supportRequestWithMarkupAndSqlThenStoredAsTextAndEscapedOnThePage() throws Exception {
        SupportHttpForm script = form("it");
        script.open();
        Map<String, String> fields = person(null, null, mailbox());
        fields.put("lastName", "Rossi'); delete from customer; --");
        fields.put("message", HOSTILE);

        Page sent = script.submit(fields);

        assertThat(sent.status()).isEqualTo(200);
        Map<String, String> ticket =
                crm.ticket(sent.ticketNumber().orElseThrow()).orElseThrow();
        assertThat(ticket.get("message")).isEqualTo(HOSTILE);
        assertThat(ticket.get("full_name")).isEqualTo("Mario Rossi'); delete from customer; --");
        assertThat(crm.column("C0001", "customer_code")).contains("C0001");
    }

    @Test
    void supportRequestWithoutProofOfWorkThenRefusedWithTheLocalizedMessageAndNothingStored() throws Exception {
        long ticketsBefore = crm.countTickets();
        SupportHttpForm script = form("it");
        script.open();

        Page missing = script.post(person(null, null, mailbox()), false, null);
        Map<String, String> wrongNonce = person(null, null, mailbox());
        wrongNonce.put("sportello-pow-nonce", "1");
        Page insufficient = script.post(wrongNonce, false, null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.alert()).isEqualTo(POW_REQUIRED_IT);
        assertThat(insufficient.status()).isEqualTo(400);
        assertThat(insufficient.alert()).isEqualTo(POW_REQUIRED_IT);
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore);
    }

    @Test
    void supportRequestWithoutTheFormCookieOrFromAnotherOriginThenRefusedAndNothingStored() throws Exception {
        long ticketsBefore = crm.countTickets();
        SupportHttpForm script = form("it");
        script.open();
        Page otherSite = script.post(person(null, null, mailbox()), true, "https://attacker.example");
        script.dropCookies();
        Page noCookie = script.post(person(null, null, mailbox()), true, null);

        assertThat(otherSite.status()).isEqualTo(400);
        assertThat(otherSite.alert()).isEqualTo(FORM_EXPIRED_IT);
        assertThat(noCookie.status()).isEqualTo(400);
        assertThat(noCookie.alert()).isEqualTo(FORM_EXPIRED_IT);
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore);

        Page retried = script.submit(person(null, null, mailbox()));
        assertThat(retried.status()).as("the refusal set a new cookie").isEqualTo(200);
    }

    @Test
    void supportRequestsBeyondTheLimitPerEmailAddressThenRefusedWithTheLocalizedMessage() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("sportello.support.emailLimit", "2"));
        String email = mailbox();
        SupportHttpForm script = form("it");
        script.open();

        Page first = script.submit(person(null, null, email));
        Page second = script.submit(person(null, null, email.toUpperCase(java.util.Locale.ROOT)));
        long ticketsBefore = crm.countTickets();
        Page third = script.submit(person(null, null, email));
        Page otherAddress = script.submit(person(null, null, mailbox()));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.alert()).startsWith("Troppi tentativi. Attendi ").endsWith(" e riprova.");
        assertThat(otherAddress.status()).isEqualTo(200);
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore + 1);
    }

    @Test
    void supportRequestsBeyondTheLimitPerClientIpThenRefusedBeforeAnythingElse() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("sportello.support.ipLimit", "1"));
        SupportHttpForm script = form("en");
        script.open();

        // the counter of 127.0.0.1 may already hold this class's other posts: at the latest the second is refused
        script.submit(person(null, null, mailbox()));
        long ticketsBefore = crm.countTickets();
        Page refused = script.submit(person(null, null, mailbox()));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.alert()).startsWith("Too many attempts. Please wait ");
        assertThat(crm.countTickets()).isEqualTo(ticketsBefore);
    }

    @Test
    void supportFormSwitchedOffThenNotFoundAndNoLinkOnTheLoginPage() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("sportello.support.enabled", "false"));

        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/sportello-support"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(driver.driver().findElements(By.id("sportello-support-link")))
                .isEmpty();
        assertThat(driver.findElement(By.id("sportello-footer")).isDisplayed()).isTrue();
    }

    private SupportHttpForm form(String language) {
        return new SupportHttpForm(realm.getBaseUrl() + "/sportello-support?kc_locale=" + language);
    }

    private static Map<String, String> person(String customerCode, String taxId, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requesterKind", "person");
        fields.put("firstName", "Mario");
        fields.put("lastName", "Rossi");
        if (customerCode != null) {
            fields.put("customerCode", customerCode);
        }
        if (taxId != null) {
            fields.put("taxId", taxId);
        }
        fields.put("email", email);
        fields.put("message", "Non riesco ad accedere.");
        return fields;
    }

    /** A new address each time, so that the limit per address only counts what the test sends to it. */
    private static String mailbox() {
        return "support-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
    }
}
