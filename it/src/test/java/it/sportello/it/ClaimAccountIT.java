package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
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

/**
 * Account claiming on a real Keycloak, in the browser: customer code, tax ID and the number of a recent invoice (proof
 * of possession), the confirmation summary (address masked, only after the proof), then either a self-service
 * password with the email of record verified by link, or an activation link (to the email of record, or to a typed
 * address when the CRM holds none); mismatches get one message; a customer who already has access is told so only
 * after everything matched; an address in use gets the same page as a free one; two completions at once, one winner.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ClaimAccountIT {

    private static final String FIRST_SCHOOL_IT = "Come si chiamava la tua prima scuola?";
    private static final String NO_MATCH_IT =
            "Non troviamo un cliente con questi dati. Controllali sulla bolletta e riprova.";
    /** Luce Verde Soc. Coop.: email of record contatti@luceverde.example, invoice of the demo dated on every start. */
    private static final String LUCE_VERDE_INVOICE = "FTC-000106";
    /** The demo company's partita IVA since the demo change set 1.2 (as loaded it named no tax office). */
    private static final String ACQUA_CHIARA_PARTITA_IVA = "01234560157";

    private static final String ACQUA_CHIARA_INVOICE = "FTC-000102";
    private static final String CLAIM_PAGE_TITLE_IT = "Attiva il tuo accesso online – Sportello";

    private static final String LUCE_VERDE_EMAIL = "contatti@luceverde.example";
    /** Stefano Conti: no email of record (each test that needs it clears it: other tests may have set one). */
    private static final String CONTI_INVOICE = "FTC-000105";

    /** A new realm for every test: each claims a customer that another test may have claimed already. */
    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private ClaimPages claim;
    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    @BeforeEach
    void setUp() throws Exception {
        // the CRM outlives the realms (and, on PostgreSQL, the runs): Luce Verde keeps its demo email of record
        crm.update("C0006", "email", LUCE_VERDE_EMAIL);
        browser = new BrowserLogin(realm, driver, loginPage);
        claim = new ClaimPages(driver);
        useCompletion("self-service");
    }

    @Test
    void claimWithSelfServicePasswordThenEmailOfRecordVerifiedByLinkThenSignIn() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        PkceLogin login = openClaim();

        assertThat(claim.documentTitle()).isEqualTo(CLAIM_PAGE_TITLE_IT);
        assertThat(claim.has("sportello-claim-login"))
                .as("a way back to sign-in")
                .isTrue();
        claim.verify("c 0006", "24681350013", " ftc 000106 ");
        assertThat(claim.title()).isEqualTo("Sei tu?");
        assertThat(claim.documentTitle()).isEqualTo(CLAIM_PAGE_TITLE_IT);
        assertThat(claim.has("sportello-claim-login")).isTrue();
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo("C0006");
        assertThat(claim.text("sportello-claim-summary-name")).isEqualTo("Luce Verde Soc. Coop.");
        // after the proof of possession, and masked: street initial, number, town
        assertThat(claim.text("sportello-claim-summary-address")).isEqualTo("Via I. 12, Bologna");

        claim.confirm();
        assertThat(claim.has("sportello-claim-login")).isTrue();
        // the link goes to the email of record: no address is asked, the page says where, masked
        assertThat(claim.asksEmail()).isFalse();
        assertThat(claim.text("sportello-claim-email-of-record")).contains("c***@luceverde.example");
        claim.complete(null, "Luce-Verde-2026", FIRST_SCHOOL_IT, "Scuola Carducci", " scuola  CARDUCCI ");

        // Keycloak's verification link and, once the claim committed, the "account activated" notice (in either order)
        Mails.awaitMail(mail, mailsBefore + 2);
        MimeMessage verification = Mails.withActionLink(mail, mailsBefore);
        assertThat(verification.getAllRecipients()[0].toString()).isEqualTo(LUCE_VERDE_EMAIL);
        assertThat(java.util.Arrays.asList(mail.getReceivedMessages()).subList(mailsBefore, mailsBefore + 2))
                .filteredOn(message -> message != verification)
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(LUCE_VERDE_EMAIL);
                    assertThat(notice.getSubject()).isEqualTo("Il tuo account dell’area clienti è stato attivato");
                    assertThat(Mails.plainText(notice))
                            .contains("con nome utente C0006", "/sportello-support")
                            .doesNotContain("Luce-Verde-2026", "Carducci");
                });
        driver.open(Mails.actionLink(verification));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        AccessToken token = org.keycloak.TokenVerifier.create(
                        login.redeem(driver.getCurrentUrl()).getToken(), AccessToken.class)
                .getToken();

        assertThat(token.getPreferredUsername()).isEqualTo("c0006");
        assertThat(token.getEmail()).isEqualTo(LUCE_VERDE_EMAIL);
        assertThat(crm.column("C0006", "email")).contains(LUCE_VERDE_EMAIL);
        UserRepresentation user = realm.admin().users().search("c0006", true).get(0);
        assertThat(user.isEmailVerified()).isTrue();
        assertThat(realm.admin().users().get(user.getId()).credentials())
                .extracting(CredentialRepresentation::getType)
                .contains("password", "sportello-security-question");
        assertThat(browser.signIn(LUCE_VERDE_EMAIL, "Luce-Verde-2026").getPreferredUsername())
                .isEqualTo("c0006");
        // the successful completion is the REGISTER event, with the user by id and neither code nor address stored
        List<EventRepresentation> registered =
                realm.admin().getEvents(List.of("REGISTER"), null, null, null, null, null, 0, 10);
        assertThat(registered).extracting(EventRepresentation::getUserId).containsOnlyOnce(user.getId());
        assertThat(registered.stream().map(e -> String.valueOf(e.getDetails()).toLowerCase(java.util.Locale.ROOT)))
                .noneMatch(details -> details.contains("c0006") || details.contains("luceverde"));
    }

    @Test
    void claimWhenRomanianIsChosenOnTheFirstPageThenItsTitleLabelsAndErrorsInRomanian() {
        openClaim();
        assertThat(claim.title()).isEqualTo("Attiva il tuo accesso online");

        // what the page's language selector does: the same step again with kc_locale
        driver.open(driver.getCurrentUrl() + "&kc_locale=ro");
        assertThat(claim.title()).isEqualTo("Activați accesul online");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ro");
        assertThat(driver.findElement(By.cssSelector("label[for=customerCode]")).getText())
                .contains("Cod client");

        // the choice holds for the next step's answer
        claim.verify("", "", "");
        assertThat(claim.fieldError("customerCode")).isEqualTo("Introduceți codul client.");
        assertThat(claim.fieldError("invoiceNumber"))
                .isEqualTo("Introduceți numărul uneia dintre facturile dumneavoastră din ultimele 12 luni.");
    }

    @Test
    void claimOfTheDemoCompanyC0002ThenFoundAsACustomerAndToldHowToSignIn() {
        openClaim();

        claim.verify("C0002", ACQUA_CHIARA_PARTITA_IVA, ACQUA_CHIARA_INVOICE);
        assertThat(claim.title()).isEqualTo("Sei tu?");
        assertThat(claim.text("sportello-claim-summary-name")).isEqualTo("Acqua Chiara S.r.l.");
        // what was found is a customer, person or company, not a supply
        assertThat(claim.text("sportello-claim-confirm-intro"))
                .isEqualTo("Abbiamo trovato questo cliente. Controlla che i dati siano i tuoi.");

        claim.confirm();
        assertThat(claim.title()).isEqualTo("Scegli come accedere");
        // the username is the customer code (or the email), never "your email will be your username"
        assertThat(claim.text("sportello-claim-complete-intro"))
                .isEqualTo("Cliente C0002: per accedere userai questo codice cliente oppure il tuo indirizzo email.");
    }

    @Test
    void claimWhenTaxIdInvoiceNumberOrInvoiceDateDoNotMatchThenSameMessageAsUnknownCode() {
        openClaim();
        claim.verify("C0002", "RSSMRA85T10A562S", LUCE_VERDE_INVOICE);
        String wrongTaxId = claim.alert();

        claim.verify("Z9999", "24681350013", LUCE_VERDE_INVOICE);
        String unknownCode = claim.alert();

        // right code and tax ID, another customer's invoice
        claim.verify("C0006", "24681350013", CONTI_INVOICE);
        String wrongInvoice = claim.alert();

        // right code and tax ID, a customer without any invoice in the last 12 months
        claim.verify("F0002", "76543210587", "FT2026-000001");
        String noInvoiceInWindow = claim.alert();

        // right code and tax ID, the customer's own invoice but older than 12 months
        claim.verify("C0001", "RSSMRA85T10A562S", "FT2025-000001");
        String oldInvoice = claim.alert();

        assertThat(List.of(wrongTaxId, unknownCode, wrongInvoice, noInvoiceInWindow, oldInvoice))
                .containsOnly(NO_MATCH_IT);
        assertThat(driver.findElement(By.id("sportello-support-link")).isDisplayed())
                .isTrue();
        assertThat(claim.isVerifyPage()).isTrue();
        List<EventRepresentation> errors =
                realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 50);
        assertThat(errors)
                .extracting(EventRepresentation::getError)
                .filteredOn("sportello_claim_no_match"::equals)
                .hasSize(5);
        assertThat(errors.stream().map(e -> String.valueOf(e.getDetails())))
                .noneMatch(details -> details.contains("24681350013")
                        || details.contains("RSSMRA85T10A562S")
                        || details.contains("000106")
                        || details.contains("000105"));
    }

    @Test
    void claimWhenProofOfPossessionIsOffThenNoAddressOnSummaryAndNoOnlineClaimWithoutEmailOfRecord() throws Exception {
        FlowConfigs.claimVerify(realm, Map.of("proofOfPossession", "off"));
        crm.update("C0005", "email", null);
        openClaim();
        assertThat(driver.driver().findElements(By.id("invoiceNumber"))).isEmpty();

        // a customer without an email of record could only get the link at an address of the visitor's choosing
        claim.verify("C0005", "CNTSFN75M22L219F", null);
        assertThat(claim.alert()).isEqualTo(NO_MATCH_IT);

        claim.verify("C0006", "24681350013", null);
        assertThat(claim.title()).isEqualTo("Sei tu?");
        assertThat(claim.text("sportello-claim-summary-name")).isEqualTo("Luce Verde Soc. Coop.");
        assertThat(driver.driver().findElements(By.id("sportello-claim-summary-address")))
                .isEmpty();
        assertThat(driver.page().getPageSource()).doesNotContain("Indipendenza");
    }

    @Test
    void claimWhenInputIsEmptyTooLongMalformedOrMarkupThenFieldMessagesAndNoServerError() {
        openClaim();
        claim.verify("", "", "");
        assertThat(claim.fieldError("customerCode")).isEqualTo("Inserisci il codice cliente.");
        assertThat(claim.fieldError("taxId")).isNotBlank();
        assertThat(claim.fieldError("invoiceNumber"))
                .isEqualTo("Inserisci il numero di una delle tue bollette degli ultimi 12 mesi.");

        claim.verify("C".repeat(200), "X".repeat(300), "F".repeat(300));
        assertThat(claim.fieldError("customerCode"))
                .isEqualTo("Il codice cliente ha da 3 a 20 lettere e cifre; controlla la bolletta.");
        assertThat(claim.fieldError("taxId")).isNotBlank();

        assertThat(claim.fieldError("invoiceNumber")).isNotBlank();

        claim.verify("C0001' OR '1'='1", "<script>alert(1)</script>", "FT' OR '1'='1");
        assertThat(claim.fieldError("customerCode")).isNotBlank();
        assertThat(claim.fieldError("taxId")).isNotBlank();
        assertThat(claim.fieldError("invoiceNumber")).isNotBlank();
        assertThat(driver.page().getPageSource()).doesNotContain("<script>alert(1)</script>");
        assertThat(claim.isVerifyPage()).isTrue();
    }

    @Test
    void claimWhenSecurityAnswersDifferThenFieldMessageAndNothingStored() throws Exception {
        String emailBefore = crm.column("C0006", "email").orElse(null);
        openClaim();
        claim.verify("C0006", "24681350013", LUCE_VERDE_INVOICE);
        claim.confirm();
        claim.complete(null, "Luce-Verde-2026", FIRST_SCHOOL_IT, "Manzoni", "Pascoli");

        assertThat(claim.fieldError("securityAnswerConfirm")).isEqualTo("Le due risposte non coincidono.");
        assertThat(driver.findElement(By.id("securityQuestion")).getAttribute("value"))
                .isEqualTo("sportelloQuestionFirstSchool");
        assertThat(driver.findElement(By.id("securityAnswer")).getAttribute("value"))
                .isEmpty();
        assertThat(crm.column("C0006", "email").orElse(null)).isEqualTo(emailBefore);
        List<UserRepresentation> users = realm.admin().users().search("c0006", true);
        if (!users.isEmpty()) {
            assertThat(realm.admin().users().get(users.get(0).getId()).credentials())
                    .isEmpty();
        }
    }

    @Test
    void claimWhenCustomerAlreadyHasAccessThenToldOnlyAfterEverythingMatched() {
        // Luce Verde gets a portal password from an administrator first
        UserRepresentation user = realm.admin().users().search("C0006", 0, 5).get(0);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Luce-Verde-Admin-2026");
        password.setTemporary(false);
        realm.admin().users().get(user.getId()).resetPassword(password);
        openClaim();

        claim.verify("C0006", "24681350013", CONTI_INVOICE);
        assertThat(claim.alert()).isEqualTo(NO_MATCH_IT);

        claim.verify("C0006", "24681350013", LUCE_VERDE_INVOICE);
        assertThat(claim.title()).isEqualTo("Hai già l’accesso");
        assertThat(driver.findElement(By.id("sportello-claim-already-reset")).isDisplayed())
                .isTrue();
    }

    @Test
    void claimWithoutEmailOfRecordThenActivationLinkToTypedAddressThenSetPasswordFromLinkThenSignIn() throws Exception {
        crm.update("C0005", "email", null);
        int mailsBefore = mail.getReceivedMessages().length;
        openClaim();
        claim.verify("C0005", "CNTSFN75M22L219F", CONTI_INVOICE);
        claim.confirm();
        // a typed address gets an activation link even in self-service: the password is set from the link
        assertThat(claim.asksEmail()).isTrue();
        assertThat(driver.driver().findElements(By.id("password"))).isEmpty();
        claim.complete("stefano.activation@example.com", null, null);

        assertThat(claim.title()).isEqualTo("Controlla la tua email");
        assertThat(claim.text("sportello-claim-activation-sent")).contains("s***@example.com");
        MimeMessage activation = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(activation.getAllRecipients()[0].toString()).isEqualTo("stefano.activation@example.com");

        browser.signOut();
        driver.open(Mails.actionLink(activation));
        if (!driver.driver().findElements(By.id("kc-info-message")).isEmpty()) {
            driver.findElement(By.cssSelector("#kc-info-message a")).click();
        }
        driver.findElement(By.id("password-new")).sendKeys("Conti-Attivo-2026");
        driver.findElement(By.id("password-confirm")).sendKeys("Conti-Attivo-2026");
        driver.findElement(By.cssSelector("[type=submit]")).click();

        UserRepresentation user = realm.admin().users().search("c0005", true).get(0);
        assertThat(user.isEmailVerified()).isTrue();
        assertThat(user.getRequiredActions()).isEmpty();
        assertThat(crm.column("C0005", "email")).contains("stefano.activation@example.com");
    }

    @Test
    void claimWhenTypedEmailIsInUseThenSamePageAsFreeAddressNoticeToOwnerAndNothingWritten() throws Exception {
        crm.update("C0005", "email", null);
        useCompletion("activation-email");
        int mailsBefore = mail.getReceivedMessages().length;
        openClaim();
        claim.verify("C0005", "CNTSFN75M22L219F", CONTI_INVOICE);
        claim.confirm();
        // Mario Rossi's address (C0001 in the CRM)
        claim.complete("mario.rossi@example.com", null, null);
        String inUseTitle = claim.title();
        String inUseText = claim.text("sportello-claim-activation-sent");

        MimeMessage notice = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(notice.getAllRecipients()[0].toString()).isEqualToIgnoringCase("mario.rossi@example.com");
        assertThat(notice.getSubject())
                .isIn("Qualcuno ha provato a usare il tuo indirizzo email", "Someone tried to use your email address");
        assertThat(Mails.plainText(notice)).contains("/sportello-support").doesNotContain("C0005");
        assertThat(crm.column("C0005", "email")).isEmpty();
        UserRepresentation conti = realm.admin().users().search("c0005", true).get(0);
        assertThat(conti.getEmail()).isNull();
        assertThat(realm.admin().users().get(conti.getId()).credentials()).isEmpty();
        assertThat(realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 50))
                .extracting(EventRepresentation::getError)
                .contains("sportello_claim_email_in_use");

        // a free address with the same mask: the very same page
        openClaim();
        claim.verify("C0005", "CNTSFN75M22L219F", CONTI_INVOICE);
        claim.confirm();
        claim.complete("m.conti@example.com", null, null);
        assertThat(claim.title()).isEqualTo(inUseTitle).isEqualTo("Controlla la tua email");
        assertThat(claim.text("sportello-claim-activation-sent")).isEqualTo(inUseText);
        MimeMessage activation = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(activation.getAllRecipients()[0].toString()).isEqualTo("m.conti@example.com");
    }

    @Test
    void claimWhenTwoSessionsCompleteAtOnceThenOneWinnerAndOneActivationToTheEmailOfRecord() throws Exception {
        useCompletion("activation-email");
        int mailsBefore = mail.getReceivedMessages().length;
        String url = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .registrationUrl("it");
        ClaimHttpSession first = new ClaimHttpSession(url);
        ClaimHttpSession second = new ClaimHttpSession(url);
        for (ClaimHttpSession session : List.of(first, second)) {
            assertThat(session.verify("C0006", "24681350013", LUCE_VERDE_INVOICE)
                            .body())
                    .contains("Sei tu?");
            assertThat(session.confirm().body()).contains("c***@luceverde.example");
        }

        // both submit at the same moment, with a typed address the page did not even ask for
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Attempt>> answers = new ArrayList<>();
            for (ClaimHttpSession session : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.complete(Map.of("email", "intruder@example.com"));
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<Attempt> answer : answers) {
                bodies.add(answer.get(60, TimeUnit.SECONDS).body());
            }

            assertThat(bodies)
                    .filteredOn(b -> b.contains("Controlla la tua email"))
                    .hasSize(1);
            assertThat(bodies).filteredOn(b -> b.contains("Hai già l’accesso")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        MimeMessage activation = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(activation.getAllRecipients()[0].toString()).isEqualTo(LUCE_VERDE_EMAIL);
        Thread.sleep(2_000);
        assertThat(mail.getReceivedMessages()).hasSize(mailsBefore + 1);
        UserRepresentation user = realm.admin().users().search("c0006", true).get(0);
        assertThat(user.getEmail()).isEqualTo(LUCE_VERDE_EMAIL);
        assertThat(realm.admin().users().get(user.getId()).credentials()).isEmpty();
        assertThat(crm.column("C0006", "email")).contains(LUCE_VERDE_EMAIL);
        assertThat(realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 50))
                .extracting(EventRepresentation::getError)
                .contains("sportello_claim_already_claimed");
    }

    private PkceLogin openClaim() {
        browser.signOut();
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        driver.open(login.registrationUrl("it"));
        return login;
    }

    private void useCompletion(String completion) {
        FlowConfigs.claimComplete(realm, Map.of("completion", completion));
    }
}
