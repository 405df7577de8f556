package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.ResetPages;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.By;

/**
 * The backup (recovery) email address on a real Keycloak, in the browser, with GreenMail: added through the
 * {@code sportello-verify-recovery-email} required action (the primary address refused, a code mailed to the new
 * address, then the attribute and a notice to the primary address); the reset link sent to it from the reset page,
 * then the new password and the confirmation to the primary address; and for an account without one, or no account,
 * the same page and no mail.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class RecoveryEmailIT {

    private static final String PASSWORD = "Iniziale-Riserva-2026";
    private static final String UNIFORM_ANSWER_IT = "Se esiste un account per i dati inseriti, riceverai a breve"
            + " un’email con un link per scegliere una nuova password.";
    private static final String RESET_SUBJECT_IT = "Scegli una nuova password per l’area clienti";
    private static final String CHANGED_SUBJECT_IT = "La tua password è stata cambiata";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
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
    private LoginForm form;
    private ResetPages reset;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        form = new LoginForm(driver);
        reset = new ResetPages(driver);
        FlowConfigs.resetChooseUser(
                realm, Map.of("ipAttemptLimit", "0", "captchaAfterRequests", "0", "offerRecoveryEmail", "true"));
    }

    @Test
    void addRecoveryEmailWhenPrimaryRefusedThenCodeToTheNewAddressThenAttributeAndNoticeToThePrimary()
            throws Exception {
        String id = createUser("riserva-nuova", null, List.of("sportello-verify-recovery-email"));
        int mailsBefore = mail.getReceivedMessages().length;
        browser.submit("riserva-nuova", PASSWORD, "it");
        assertThat(form.present(By.id("sportello-recovery-email-address")))
                .as("address page")
                .isTrue();

        form.type("recoveryEmail", "RISERVA-NUOVA@example.com");
        form.submit(By.id("sportello-recovery-email-send"));
        assertThat(form.fieldError("recoveryEmail"))
                .isEqualTo("Questo è già l’indirizzo email del tuo account: inseriscine un altro.");
        assertNoMoreMail(mailsBefore);

        form.type("recoveryEmail", "riserva.personale@esempio.net");
        form.submit(By.id("sportello-recovery-email-send"));
        assertThat(driver.findElement(By.id("sportello-recovery-email-sent")).getText())
                .contains("r****************@esempio.net");
        MimeMessage codeMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo("riserva.personale@esempio.net");
        assertThat(codeMail.getSubject()).isEqualTo("Il tuo codice per verificare un indirizzo email di riserva");
        String text = Mails.plainText(codeMail);
        assertThat(text).contains("con ID utente riserva-nuova", "Scade tra 10 minuti");
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a 6-digit code in: %s", text).isTrue();

        form.type("emailCode", code.group(1).equals("000000") ? "111111" : "000000");
        form.submit(By.id("sportello-recovery-email-verify"));
        assertThat(form.fieldError("emailCode")).isEqualTo("Il codice non è corretto. Tentativi rimasti: 2.");
        assertThat(attributes(id)).doesNotContainKey("recoveryEmail");

        form.type("emailCode", code.group(1));
        form.submit(By.id("sportello-recovery-email-verify"));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(attributes(id)).containsEntry("recoveryEmail", List.of("riserva.personale@esempio.net"));
        MimeMessage notice = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("riserva-nuova@example.com");
        assertThat(notice.getSubject())
                .isEqualTo("Un indirizzo email di riserva è stato verificato per il tuo account");
        assertNoMoreMail(mailsBefore + 2);
    }

    @Test
    void removeRecoveryEmailThenAttributeGoneAndNoticeToThePrimary() throws Exception {
        String id = createUser(
                "riserva-rimossa", "riserva.rimossa@esempio.net", List.of("sportello-verify-recovery-email"));
        int mailsBefore = mail.getReceivedMessages().length;
        browser.submit("riserva-rimossa", PASSWORD, "it");

        assertThat(driver.findElement(By.id("sportello-recovery-email-current")).getText())
                .contains("r**************@esempio.net");
        form.submit(By.id("sportello-recovery-email-remove"));

        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(attributes(id)).doesNotContainKey("recoveryEmail");
        MimeMessage notice = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("riserva-rimossa@example.com");
        assertThat(notice.getSubject()).isEqualTo("L’indirizzo email di riserva è stato rimosso dal tuo account");
    }

    @Test
    void resetByRecoveryEmailThenLinkToItNamingTheAccountThenNewPasswordThenConfirmationToThePrimary()
            throws Exception {
        String username = "riserva-recupero";
        createUser(username, "riserva.recupero@esempio.net", List.of());
        int mailsBefore = mail.getReceivedMessages().length;

        openReset();
        reset.requestRecoveryEmailLink(username);

        assertThat(reset.alert()).startsWith(UNIFORM_ANSWER_IT);
        MimeMessage resetMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(resetMail.getAllRecipients()[0].toString()).isEqualTo("riserva.recupero@esempio.net");
        assertThat(resetMail.getSubject()).isEqualTo(RESET_SUBJECT_IT);
        assertThat(Mails.plainText(resetMail)).contains("con nome utente " + username);
        assertNoMoreMail(mailsBefore + 1);

        reset.openEmailedLink(Mails.actionLink(resetMail));
        assertThat(reset.isUpdatePasswordPage())
                .as("update password page, got \"%s\"", reset.title())
                .isTrue();
        reset.chooseNewPassword("Riserva-Nuova-2026", "Riserva-Nuova-2026");

        MimeMessage confirmation = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(confirmation.getSubject()).isEqualTo(CHANGED_SUBJECT_IT);
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(username + "@example.com");
        assertNoMoreMail(mailsBefore + 2);
        assertThat(events("SEND_RESET_PASSWORD", userId(username)))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetails()).containsEntry("sportello_reset_channel", "recovery-email"));
        assertThat(browser.signIn(username, "Riserva-Nuova-2026").getPreferredUsername())
                .isEqualTo(username);
    }

    @Test
    void resetByRecoveryEmailWhenNoneOrNoAccountThenSamePageAsWithOneAndNoMail() throws Exception {
        createUser("riserva-presente", "riserva.presente@esempio.net", List.of());
        createUser("riserva-assente", null, List.of());
        int mailsBefore = mail.getReceivedMessages().length;

        String withBackup = answerFor("riserva-presente");
        MimeMessage sent = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(sent.getAllRecipients()[0].toString()).isEqualTo("riserva.presente@esempio.net");
        String withoutBackup = answerFor("riserva-assente");
        String unknown = answerFor("Z9999");

        assertThat(withoutBackup).isEqualTo(unknown).isEqualTo(withBackup);
        assertNoMoreMail(mailsBefore + 1);
        assertThat(events("SEND_RESET_PASSWORD_ERROR", userId("riserva-assente")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getError()).isEqualTo("sportello_reset_recovery_email_not_sent");
                    assertThat(e.getDetails()).containsEntry("sportello_recovery_email_reason", "no_recovery_email");
                });
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void openReset() {
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));
        reset.openFromLoginPage();
    }

    /** What the page says after asking the link to the backup address for the account. */
    private String answerFor(String identifier) {
        openReset();
        reset.requestRecoveryEmailLink(identifier);
        return reset.title() + "|" + reset.alert();
    }

    private Map<String, List<String>> attributes(String id) {
        Map<String, List<String>> attributes =
                realm.admin().users().get(id).toRepresentation().getAttributes();
        return attributes == null ? Map.of() : attributes;
    }

    /** A local account with a verified email and, when given, the backup address an administrator recorded. */
    @Test
    void consoleBackupAddressPageWhenAddedThroughKeycloakThenShownThenRemovedThroughTheSameAction() throws Exception {
        String id = createUser("riserva-console", null, List.of());
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        browser.signOut();
        console.signIn(loginPage, "riserva-console", PASSWORD, "it");
        console.menu("recovery-email");
        assertThat(console.currentUrl()).contains("/account/account-security/recovery-email");
        assertThat(console.visible(PortalConsole.testId("recovery-email-current"))
                        .getText())
                .isEqualTo("Nessuno");
        int mailsBefore = mail.getReceivedMessages().length;

        // Add: Keycloak's page of the required action, then the code mailed to the new address, back to the page
        console.click(PortalConsole.testId("recovery-email-change"));
        PageWaits.until(driver, d -> !d.findElements(By.id("sportello-recovery-email-address"))
                .isEmpty());
        form.type("recoveryEmail", "riserva.console@esempio.net");
        form.submit(By.id("sportello-recovery-email-send"));
        Matcher code = CODE.matcher(Mails.plainText(Mails.awaitMail(mail, mailsBefore + 1)));
        assertThat(code.find())
                .as("a 6-digit code in the backup address's mail")
                .isTrue();
        form.type("emailCode", code.group(1));
        form.submit(By.id("sportello-recovery-email-verify"));

        awaitConsoleText("recovery-email-current", "riserva.console@esempio.net");
        assertThat(attributes(id)).containsEntry("recoveryEmail", List.of("riserva.console@esempio.net"));
        assertThat(Mails.awaitMail(mail, mailsBefore + 2).getAllRecipients()[0].toString())
                .as("the notice goes to the primary address")
                .isEqualTo("riserva-console@example.com");

        // Remove: the same action, started from the page's Remove button
        console.click(PortalConsole.testId("recovery-email-remove"));
        PageWaits.until(driver, d -> !d.findElements(By.id("sportello-recovery-email-remove"))
                .isEmpty());
        form.submit(By.id("sportello-recovery-email-remove"));
        awaitConsoleText("recovery-email-current", "Nessuno");
        assertThat(attributes(id)).doesNotContainKey("recoveryEmail");
    }

    /** Waits until the console, back from Keycloak's page, shows this text in the element of this test id. */
    private void awaitConsoleText(String testId, String text) {
        PageWaits.until(driver, d -> {
            try {
                return d.findElements(PortalConsole.testId(testId)).stream()
                        .anyMatch(element -> element.getText().trim().equals(text));
            } catch (org.openqa.selenium.StaleElementReferenceException rendering) {
                return false;
            }
        });
    }

    private String createUser(String username, String recoveryEmail, List<String> requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Riserva");
        if (recoveryEmail != null) {
            user.setAttributes(Map.of("recoveryEmail", List.of(recoveryEmail)));
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRequiredActions(requiredActions);
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("user %s created", username).isEqualTo(201);
            String location = created.getLocation().getPath();
            String id = location.substring(location.lastIndexOf('/') + 1);
            if (recoveryEmail != null) {
                assertThat(attributes(id)).containsEntry("recoveryEmail", List.of(recoveryEmail));
            }
            return id;
        }
    }

    private void assertNoMoreMail(int expected) {
        assertThat(mail.waitForIncomingEmail(NO_MAIL_WAIT_MILLIS, expected + 1))
                .as("a mail that should not have been sent")
                .isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(expected);
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }
}
