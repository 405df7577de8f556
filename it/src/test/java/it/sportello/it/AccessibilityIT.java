package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.BrowserEvidence;
import it.sportello.it.support.BrowserLanguage;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageChange;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.ResetPages;
import it.sportello.it.support.SupportPages;
import it.sportello.it.support.Viewport;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) on every Sportello page in every state the journeys reach, in Italian and in
 * English, each at desktop width and at 390 px: sign-in, the claim steps and their errors, recovery with the security
 * question, the support form and its thank-you page, every page of the account console of a CRM customer. Stock
 * Keycloak pages that Sportello does not theme (new password, OTP, Keycloak's verify-email and error pages) are not
 * visited (docs/testing.md). Each journey collects the violations of all its pages and fails with every one of them.
 * Also saves the README's screenshots in target/screenshots/.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class AccessibilityIT {

    private static final List<String> LANGUAGES = List.of("it", "en");
    /**
     * The console in every language it ships. Romanian at desktop width only: the phone width's own findings are the
     * layout's (a kebab without a name), the same in every language, and checked in Italian and English; a third pass at
     * 390 px would add a minute for nothing that text length could change in axe's rules.
     */
    private static final List<String> CONSOLE_LANGUAGES = List.of("it", "en", "ro");
    /** The demo request of C0001 with a conversation (crm-demo-changelog.xml, change set 1.8). */
    private static final String DEMO_TICKET_SUBJECT = "Lettura del gas non acquisita";

    private static final String LUCE_VERDE_TAX_ID = "24681350013";
    private static final String LUCE_VERDE_INVOICE = "FTC-000106";
    private static final String CONTI_TAX_ID = "CNTSFN75M22L219F";
    private static final String CONTI_INVOICE = "FTC-000105";
    private static final String DEMO_BCRYPT = "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";
    /** The console's menu entries (data-testid nav-<id>) and their paths. */
    private static final String[][] CONSOLE_PAGES = {
        {"home", ""},
        {"personal-info", "personal-info"},
        {"supply-points", "supply-points"},
        {"invoices", "invoices"},
        {"documents", "documents"},
        {"consumption", "consumption"},
        {"readings", "readings"},
        {"requests", "requests"},
        {"signing-in", "account-security/signing-in"},
        {"device-activity", "account-security/device-activity"},
        {"linked-accounts", "account-security/linked-accounts"},
        {"applications", "applications"},
        {"groups", "groups"},
        {"organizations", "organizations"},
        {"resources", "resources"},
    };

    private static final String FIRST_SCHOOL = "sportelloQuestionFirstSchool";

    /** A new realm for every journey: the claims and the claiming counters are the realm's. */
    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private AccessibilityAudit audit;
    private BrowserLogin browser;

    @BeforeEach
    void setUp() {
        audit = new AccessibilityAudit(driver.driver());
        browser = new BrowserLogin(realm, driver, loginPage);
    }

    @AfterEach
    void giveTheBrowserBack() {
        Viewport.restoreDefault(driver.driver());
        BrowserLanguage.reset(driver.driver());
    }

    @Test
    void signInPlainAndWithAnError() {
        for (String lang : LANGUAGES) {
            browser.signOut();
            driver.open(login().authorizationUrl(lang));
            audit.check("sign-in, " + lang, "it".equals(lang) ? "sign-in" : null);
            browser.submit("nessuno-" + lang, "Sbagliata-2026", lang);
            assertThat(driver.driver().findElements(By.id("input-error-username")))
                    .isNotEmpty();
            audit.check("sign-in with an error, " + lang);
        }
        audit.assertClean();
    }

    @Test
    void claimStepsTheirErrorsActivationSentAndAlreadyClaimed() throws Exception {
        crm.update("C0006", "email", "contatti@luceverde.example");
        crm.update("C0005", "email", null);
        ClaimPages claim = new ClaimPages(driver);
        for (String lang : LANGUAGES) {
            openClaim(lang);
            audit.check("claim verify, " + lang, "it".equals(lang) ? "claim" : null);
            claim.verify("", "", "");
            audit.check("claim verify with field errors, " + lang);
            claim.verify("Z9999", LUCE_VERDE_TAX_ID, LUCE_VERDE_INVOICE);
            audit.check("claim verify with no match, " + lang);
            claim.verify("C0006", LUCE_VERDE_TAX_ID, LUCE_VERDE_INVOICE);
            audit.check("claim confirm, " + lang);
            claim.confirm();
            audit.check("claim complete (password and security question), " + lang);
            claim.complete(null, "", "");
            audit.check("claim complete with field errors, " + lang);
        }

        // a customer without an email of record types one: the activation link goes there; then it has access
        openClaim("it");
        claim.verify("C0005", CONTI_TAX_ID, CONTI_INVOICE);
        claim.confirm();
        assertThat(claim.asksEmail()).isTrue();
        audit.check("claim complete (email asked), it");
        claim.complete("", null, null);
        audit.check("claim complete (email asked) with a field error, it");
        claim.complete("stefano.a11y@example.com", null, null);
        assertThat(claim.has("sportello-claim-activation-sent")).isTrue();
        audit.check("claim activation sent, it");

        givePassword("c0006");
        for (String lang : LANGUAGES) {
            openClaim(lang);
            claim.verify("C0006", LUCE_VERDE_TAX_ID, LUCE_VERDE_INVOICE);
            assertThat(claim.has("sportello-claim-already")).isTrue();
            audit.check("claim already claimed, " + lang);
        }
        audit.assertClean();
    }

    @Test
    void resetStepsWithTheSecurityQuestion() throws Exception {
        FlowConfigs.resetChooseUser(realm, Map.of("ipAttemptLimit", "0", "captchaAfterRequests", "0"));
        FlowConfigs.update(
                realm,
                "sportello reset credentials",
                "sportello-reset-security-question",
                Map.of("mode", "if-configured"));
        ResetPages reset = new ResetPages(driver);
        for (String lang : LANGUAGES) {
            String username = "a11y-domanda-" + lang;
            setUpQuestion(username, lang);
            int mails = mail.getReceivedMessages().length;

            browser.signOut();
            driver.open(login().authorizationUrl(lang));
            reset.openFromLoginPage();
            audit.check("reset choose user, " + lang);
            reset.requestLink("");
            audit.check("reset choose user with a field error, " + lang);
            reset.requestLink(username);
            audit.check("reset link sent, " + lang);

            reset.openEmailedLink(Mails.actionLink(Mails.awaitMail(mail, mails + 1)));
            assertThat(reset.isSecurityQuestionPage()).isTrue();
            audit.check("reset security question, " + lang);
            reset.answer("sbagliata");
            assertThat(reset.isSecurityQuestionPage()).isTrue();
            audit.check("reset security question with a wrong answer, " + lang);
        }
        audit.assertClean();
    }

    @Test
    void supportFormItsErrorsAndTheThankYouPage() {
        realm.updateWithCleanup(r -> r.attribute("sportello.support.enabled", "true")
                .attribute("sportello.support.ipLimit", "100")
                .attribute("sportello.support.emailLimit", "20"));
        SupportPages support = new SupportPages(driver);
        for (String lang : LANGUAGES) {
            browser.signOut();
            driver.open(login().authorizationUrl(lang));
            support.openFromLink();
            support.solvedCheck();
            audit.check("support form, " + lang);
            support.send();
            assertThat(support.isForm()).isTrue();
            audit.check("support form with field errors, " + lang);
            support.type("firstName", "Mario");
            support.type("lastName", "Rossi");
            support.type("customerCode", "c0001");
            support.type("taxId", "RSSMRA85T10A562S");
            support.type("email", "a11y-" + lang + "@example.com");
            support.type("message", "Non riesco ad accedere.");
            support.send();
            assertThat(support.isForm()).isFalse();
            audit.check("support thank-you, " + lang);
        }
        audit.assertClean();
    }

    @Test
    void everyConsolePageOfACrmCustomer() throws Exception {
        crm.update("C0001", "legacy_password_hash", DEMO_BCRYPT);
        crm.update("C0001", "legacy_password_algorithm", "BCRYPT");
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        // a browser that stops answering fails within a minute, with where it stood (it once hung for minutes here)
        try (BrowserEvidence evidence =
                BrowserEvidence.start(driver.driver(), Duration.ofSeconds(45), Duration.ofSeconds(30))) {
            for (String lang : CONSOLE_LANGUAGES) {
                Viewport[] widths = "ro".equals(lang) ? new Viewport[] {Viewport.DESKTOP} : Viewport.values();
                evidence.around("console-" + lang, () -> consolePages(console, lang, widths));
            }
        }
        audit.assertClean();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Every page of the console's menu in one language, and the requests page's forms and conversation. */
    private void consolePages(PortalConsole console, String lang, Viewport... widths) throws Exception {
        // the console follows the browser's language when the customer chose none: a new sign-in per language
        BrowserLanguage.set(driver.driver(), lang);
        browser.signOut();
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD);
        assertThat(console.lang()).isEqualTo(lang);
        // the menu's entries (the stock ones the realm enables) and their paths, as navGroups.tsx has them
        Map<String, String> pages = new LinkedHashMap<>();
        for (String[] entry : CONSOLE_PAGES) {
            if (!console.all(testId("nav-" + entry[0])).isEmpty()) {
                pages.put(entry[0], entry[1]);
            }
        }
        assertThat(pages)
                .containsKeys(
                        "home", "personal-info", "supply-points", "invoices", "documents", "requests", "signing-in");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            console.open(page.getValue());
            awaitSettled();
            String screenshot = "it".equals(lang) && "supply-points".equals(page.getKey()) ? "console" : null;
            audit.check("console " + page.getKey() + ", " + lang, screenshot, widths);
            if ("requests".equals(page.getKey())) {
                ticketViews(console, lang, widths);
            }
        }
    }

    /**
     * The new request's form, its review step, its fields again after Back and after a refused Send (a contact that is
     * no address: nothing is stored), then the demo request's details dialog and its conversation with the reply form.
     */
    private void ticketViews(PortalConsole console, String lang, Viewport... widths) {
        console.click(testId("ticket-new"));
        awaitSettled();
        audit.check("console new request, " + lang, null, widths);
        console.choose(By.id("ticket-category"), "FAULT");
        console.type(By.id("ticket-subject"), "Contatore");
        console.type(By.id("ticket-description"), "Il display non si accende.");
        console.type(By.id("ticket-contacts"), "non-un-indirizzo");
        console.click(testId("ticket-continue"));
        console.visible(testId("ticket-review"));
        audit.check("console new request, review before sending, " + lang, null, widths);
        console.click(testId("ticket-back"));
        assertThat(console.visible(By.id("ticket-subject")).getAttribute("value"))
                .isEqualTo("Contatore");
        console.click(testId("ticket-continue"));
        console.click(testId("ticket-submit"));
        console.visible(testId("portal-problem"));
        console.visible(By.cssSelector("#ticket-contacts[aria-invalid='true']"));
        audit.check("console new request refused with a field error, " + lang, null, widths);
        console.click(By.xpath("//*[@data-testid='ticket-form']//button[contains(@class,'pf-m-link')]"));

        console.click(By.xpath("//table[@data-testid='tickets']//button[.='" + DEMO_TICKET_SUBJECT + "']"));
        console.visible(By.xpath("//*[@role='dialog']"));
        awaitSettled();
        audit.check("console request details dialog, " + lang, null, widths);
        console.click(By.xpath("//*[@role='dialog']//button[contains(@class,'pf-m-primary')]"));
        console.gone(By.xpath("//*[@role='dialog']"));
        console.visible(testId("ticket-message-operator"));
        audit.check("console request conversation, " + lang, null, widths);
        console.type(By.id("ticket-reply-text"), "   ");
        console.click(testId("ticket-reply-submit"));
        console.visible(By.cssSelector("#ticket-reply-text[aria-invalid='true']"));
        audit.check("console request reply with a field error, " + lang, null, widths);
    }

    private PkceLogin login() {
        return new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
    }

    private void openClaim(String lang) {
        browser.signOut();
        driver.open(login().registrationUrl(lang));
    }

    /** The console's data comes after the page: wait until nothing is loading any more. */
    private void awaitSettled() {
        new WebDriverWait(driver.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".pf-v5-c-spinner, [aria-busy='true']"))
                        .isEmpty());
    }

    private void givePassword(String username) {
        UserRepresentation user = realm.admin().users().search(username, 0, 5).get(0);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Accesso-Gia-2026");
        password.setTemporary(false);
        realm.admin().users().get(user.getId()).resetPassword(password);
    }

    /**
     * A local account that sets its security question at its first sign-in (the required action's page is checked
     * too, plain and with mismatched answers).
     */
    private void setUpQuestion(String username, String lang) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Accessibile");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-2026-A11y");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRequiredActions(List.of("sportello-security-question"));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        int mails = mail.getReceivedMessages().length;
        browser.submit(username, password.getValue(), lang);
        assertThat(driver.driver().findElements(By.id("sportello-security-question-form")))
                .isNotEmpty();
        audit.check("security question setup, " + lang);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByValue(FIRST_SCHOOL);
        driver.findElement(By.id("securityAnswer")).sendKeys("Carducci");
        driver.findElement(By.id("securityAnswerConfirm")).sendKeys("Pascoli");
        submit(By.id("sportello-security-question-save"));
        audit.check("security question setup with field errors, " + lang);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByValue(FIRST_SCHOOL);
        driver.findElement(By.id("securityAnswer")).sendKeys("Carducci");
        driver.findElement(By.id("securityAnswerConfirm")).sendKeys("Carducci");
        submit(By.id("sportello-security-question-save"));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        Mails.awaitMail(mail, mails + 1);
    }

    private void submit(By button) {
        org.openqa.selenium.WebElement page = PageChange.current(driver.driver());
        driver.findElement(button).click();
        PageWaits.until(driver, PageChange.replaced(page));
    }
}
