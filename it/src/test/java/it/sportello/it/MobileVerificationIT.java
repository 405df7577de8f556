package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FakeSmsGateway;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalConsole;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
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
 * The {@code sportello-verify-mobile} required action on a real Keycloak, in the browser, with the fake SMS gateway:
 * the number, the code by SMS, then the {@code mobile} attribute and a notice to the email address; a malformed number
 * or a wrong code write nothing; removing the number notifies too. The account console's "Mobile number" page adds
 * and removes it through the same action ({@code kc_action}), and a claim may ask for it after the email link.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class MobileVerificationIT {

    private static final String PASSWORD = "Iniziale-Mobile-2026";
    private static final String LUCE_VERDE_EMAIL = "contatti@luceverde.example";
    private static final String FIRST_SCHOOL_IT = "Come si chiamava la tua prima scuola?";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private static FakeSmsGateway gateway;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private LoginForm form;
    private PortalConsole console;
    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    @BeforeAll
    static void startGateway() {
        gateway = FakeSmsGateway.start(SportelloServerConfig.SMS_GATEWAY_PORT, SportelloServerConfig.SMS_GATEWAY_PATH);
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        form = new LoginForm(driver);
        console = new PortalConsole(driver, realm.getBaseUrl());
        gateway.reset();
    }

    @Test
    void verifyMobileWhenNumberThenCodeBySmsThenAttributeSetAndNoticeToTheEmail() throws Exception {
        String id = createUser("mobile-nuovo", null);
        int mailsBefore = mail.getReceivedMessages().length;
        browser.submit("mobile-nuovo", PASSWORD, "it");
        assertThat(form.present(By.id("sportello-verify-mobile-number")))
                .as("number page")
                .isTrue();

        form.type("mobileNumber", "02 1234 5678");
        form.submit(By.id("sportello-verify-mobile-send"));
        assertThat(form.fieldError("mobileNumber")).startsWith("Inserisci un numero di cellulare");
        assertThat(gateway.sent()).isEmpty();

        form.type("mobileNumber", "333 111 0010");
        form.submit(By.id("sportello-verify-mobile-send"));
        assertThat(driver.findElement(By.id("sportello-verify-mobile-sent")).getText())
                .contains("+39 *******010");
        List<LoggedRequest> sms = gateway.sent();
        assertThat(sms).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .contains("+393331110010"));
        String code = FakeSmsGateway.code(sms.get(0));

        form.type("smsCode", code.equals("000000") ? "111111" : "000000");
        form.submit(By.id("sportello-verify-mobile-verify"));
        assertThat(form.fieldError("smsCode")).isEqualTo("Il codice non è corretto. Tentativi rimasti: 2.");
        assertThat(attributes(id)).doesNotContainKey("mobile");

        form.type("smsCode", code);
        form.submit(By.id("sportello-verify-mobile-verify"));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(attributes(id)).containsEntry("mobile", List.of("+393331110010"));
        MimeMessage notice = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("mobile-nuovo@example.com");
        assertThat(notice.getSubject()).isEqualTo("Un numero di cellulare è stato verificato per il tuo account");
    }

    @Test
    void verifyMobileWhenRemovedThenAttributeGoneAndNoticeToTheEmail() throws Exception {
        String id = createUser("mobile-rimosso", "+393331110011");
        int mailsBefore = mail.getReceivedMessages().length;
        browser.submit("mobile-rimosso", PASSWORD, "it");

        assertThat(driver.findElement(By.id("sportello-verify-mobile-current")).getText())
                .contains("+39 *******011");
        form.submit(By.id("sportello-verify-mobile-remove"));

        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(attributes(id)).doesNotContainKey("mobile");
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getSubject())
                .isEqualTo("Il numero di cellulare è stato rimosso dal tuo account");
        assertThat(gateway.sent()).isEmpty();
    }

    @Test
    void consoleMobilePageWhenAddedThroughKeycloakThenMaskedThenRemovedAfterConfirmationWithANoticeEach()
            throws Exception {
        String id = createUser("mobile-console", null, "+39 333 111 0012", List.of());
        browser.signOut();
        console.signIn(loginPage, "mobile-console", PASSWORD, "it");
        int mailsBefore = mail.getReceivedMessages().length;
        console.menu("mobile");
        assertThat(console.currentUrl()).contains("/account/account-security/mobile");
        assertThat(console.visible(testId("mobile-none")).getText())
                .isEqualTo("Non hai un numero di cellulare verificato.");

        // Add: Keycloak's page of the required action, the account's phone (a mobile) typed in already
        console.click(By.id("mobile-add"));
        awaitPage("sportello-verify-mobile-number");
        assertThat(driver.findElement(By.id("mobileNumber")).getAttribute("value"))
                .isEqualTo("+393331110012");
        form.submit(By.id("sportello-verify-mobile-send"));
        form.type("smsCode", FakeSmsGateway.code(gateway.sent().get(0)));
        form.submit(By.id("sportello-verify-mobile-verify"));

        assertThat(console.visible(testId("mobile-current")).getText()).contains("+39 *******012");
        assertThat(attributes(id)).containsEntry("mobile", List.of("+393331110012"));
        MimeMessage added = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(added.getAllRecipients()[0].toString()).isEqualTo("mobile-console@example.com");
        assertThat(added.getSubject()).isEqualTo("Un numero di cellulare è stato verificato per il tuo account");

        // Remove: a confirmation page of its own, then the number is gone and the email address told
        console.click(By.id("mobile-remove"));
        awaitPage("sportello-verify-mobile-remove-confirm");
        assertThat(driver.findElement(By.id("sportello-verify-mobile-remove-confirm"))
                        .getText())
                .contains("+39 *******012");
        assertThat(form.present(By.id("mobileNumber"))).as("no number asked").isFalse();
        form.submit(By.id("sportello-verify-mobile-remove"));

        console.visible(testId("mobile-none"));
        assertThat(attributes(id)).doesNotContainKey("mobile");
        assertThat(Mails.awaitMail(mail, mailsBefore + 2).getSubject())
                .isEqualTo("Il numero di cellulare è stato rimosso dal tuo account");
        assertThat(gateway.sent()).as("one SMS, for the added number").hasSize(1);
    }

    @Test
    void claimWhenMobileAndBackupAddressChosenThenAfterTheEmailLinkBothStepsThenBothVerified() throws Exception {
        Optional<String> crmPhone = crm.column("C0006", "phone");
        crm.update("C0006", "email", LUCE_VERDE_EMAIL);
        crm.update("C0006", "phone", "333 111 0013");
        try {
            browser.signOut();
            PkceLogin login =
                    new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
            driver.open(login.registrationUrl("it"));
            ClaimPages claim = new ClaimPages(driver);
            claim.verify("C0006", "24681350013", "FTC-000106");
            claim.confirm();
            assertThat(claim.text("sportello-claim-verify-mobile-hint")).contains("SMS");
            driver.findElement(By.id("verifyMobile")).click();
            assertThat(claim.text("sportello-claim-recovery-email-hint")).contains("riserva");
            driver.findElement(By.id("addRecoveryEmail")).click();
            int mailsBefore = mail.getReceivedMessages().length;
            claim.complete(null, "Luce-Verde-2026", FIRST_SCHOOL_IT, "Scuola Carducci", "Scuola Carducci");

            // the address of record first (Keycloak's link), then the two optional steps: the mobile, pre-filled
            // from the CRM, and the backup address (Keycloak runs required actions in their configured order)
            Mails.awaitMail(mail, mailsBefore + 2);
            driver.open(Mails.actionLink(Mails.withActionLink(mail, mailsBefore)));
            PageWaits.until(
                    driver,
                    d -> !d.findElements(By.id("sportello-verify-mobile-number"))
                                    .isEmpty()
                            || !d.findElements(By.id("sportello-recovery-email-address"))
                                    .isEmpty());
            boolean mobileFirst = form.present(By.id("sportello-verify-mobile-number"));
            if (mobileFirst) {
                verifyClaimMobile();
                awaitPage("sportello-recovery-email-address");
            }
            int mailsBeforeBackup = mail.getReceivedMessages().length;
            form.type("recoveryEmail", "riserva.luceverde@esempio.net");
            form.submit(By.id("sportello-recovery-email-send"));
            MimeMessage codeMail = Mails.awaitMail(mail, mailsBeforeBackup + 1);
            assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo("riserva.luceverde@esempio.net");
            Matcher code = SIX_DIGITS.matcher(Mails.plainText(codeMail));
            assertThat(code.find())
                    .as("a 6-digit code in the backup address's mail")
                    .isTrue();
            form.type("emailCode", code.group(1));
            form.submit(By.id("sportello-recovery-email-verify"));
            if (!mobileFirst) {
                awaitPage("sportello-verify-mobile-number");
                verifyClaimMobile();
            }

            PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
            String id = realm.admin().users().search("c0006", true).get(0).getId();
            assertThat(attributes(id))
                    .containsEntry("mobile", List.of("+393331110013"))
                    .containsEntry("recoveryEmail", List.of("riserva.luceverde@esempio.net"));
        } finally {
            crm.update("C0006", "phone", crmPhone.orElse(null));
        }
    }

    /** The claim's optional mobile step: the number pre-filled from the CRM, then the code the fake gateway got. */
    private void verifyClaimMobile() {
        assertThat(driver.findElement(By.id("mobileNumber")).getAttribute("value"))
                .isEqualTo("+393331110013");
        form.submit(By.id("sportello-verify-mobile-send"));
        form.type("smsCode", FakeSmsGateway.code(gateway.sent().get(0)));
        form.submit(By.id("sportello-verify-mobile-verify"));
    }

    private void awaitPage(String id) {
        PageWaits.until(driver, d -> !d.findElements(By.id(id)).isEmpty());
    }

    private Map<String, List<String>> attributes(String id) {
        Map<String, List<String>> attributes =
                realm.admin().users().get(id).toRepresentation().getAttributes();
        return attributes == null ? Map.of() : attributes;
    }

    /** A local account asked to verify a mobile at its next sign-in, as an administrator would ask it. */
    private String createUser(String username, String mobile) {
        return createUser(username, mobile, null, List.of("sportello-verify-mobile"));
    }

    private String createUser(String username, String mobile, String phone, List<String> requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Cellulare");
        Map<String, List<String>> attributes = new java.util.HashMap<>();
        if (mobile != null) {
            attributes.put("mobile", List.of(mobile));
        }
        if (phone != null) {
            attributes.put("phone", List.of(phone));
        }
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRequiredActions(requiredActions);
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("user %s created", username).isEqualTo(201);
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
