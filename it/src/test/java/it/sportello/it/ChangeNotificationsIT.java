package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.Totp;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Change notifications (ASVS 6.3.7) on a real Keycloak, through the {@code sportello-notifications} listener: an OTP
 * added and removed, the security question set, the email changed (to the previous address) each send exactly one
 * notice in the user's language, with the support form's link and without any secret, once the change is stored; a
 * refused change sends nothing. The password-changed notice is covered by ResetCredentialsIT. The claimed-account
 * notice follows a REGISTER success of a user with a password (unit-tested routing); the self-service claim completion
 * does not emit one yet, so no integration test asserts it.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ChangeNotificationsIT {

    private static final String PASSWORD = "Notifiche-2026!";
    private static final String OTP_ADDED_IT = "Un’app per i codici monouso è stata aggiunta al tuo account";
    private static final String OTP_REMOVED_IT = "Un’app per i codici monouso è stata rimossa dal tuo account";
    private static final String QUESTION_SET_IT = "La domanda di sicurezza del tuo account è stata impostata";
    private static final String EMAIL_CHANGED_IT = "L’indirizzo email del tuo account è stato cambiato";
    private static final String SUPPORT_PATH = "/realms/customer-portal/sportello-support";
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

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
    }

    @Test
    void otpWhenWrongCodeThenNothingThenAddedThenOneNoticeThenRemovedThenOneNotice() throws Exception {
        String username = "notify-otp-" + shortId();
        String address = username + "@example.com";
        UserResource user = createUser(username, address, "CONFIGURE_TOTP");
        int mailsBefore = mail.getReceivedMessages().length;

        PkceLogin login = browser.submit(username, PASSWORD, "it");
        waitFor(By.id("kc-totp-settings-form"));
        String secret = driver.findElement(By.id("totpSecret")).getAttribute("value");
        submitTotp("000000");
        waitFor(By.id("kc-totp-settings-form"));
        assertNoMoreMail(mailsBefore);

        submitTotp(Totp.now(secret));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        MimeMessage added = Mails.awaitMail(mail, mailsBefore + 1);
        assertNotice(added, address, OTP_ADDED_IT, username);
        assertThat(Mails.plainText(added)).doesNotContain(secret);
        assertNoMoreMail(mailsBefore + 1);

        String otpId = user.credentials().stream()
                .filter(credential -> credential.getType().equals("otp"))
                .map(CredentialRepresentation::getId)
                .findFirst()
                .orElseThrow();
        driver.open(login.authorizationUrl("it") + "&kc_action=delete_credential:" + otpId);
        waitFor(By.id("kc-accept"));
        driver.findElement(By.id("kc-accept")).click();
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));

        MimeMessage removed = Mails.awaitMail(mail, mailsBefore + 2);
        assertNotice(removed, address, OTP_REMOVED_IT, username);
        assertNoMoreMail(mailsBefore + 2);
        assertThat(user.credentials())
                .extracting(CredentialRepresentation::getType)
                .doesNotContain("otp");
    }

    @Test
    void securityQuestionWhenAnswersDifferThenNothingThenSetThenOneNotice() throws Exception {
        String username = "notify-question-" + shortId();
        String address = username + "@example.com";
        createUser(username, address, "sportello-security-question");
        int mailsBefore = mail.getReceivedMessages().length;

        browser.submit(username, PASSWORD, "it");
        waitFor(By.id("sportello-security-question-form"));
        fillQuestion("Scuola Carducci", "Scuola Pascoli");
        waitFor(By.id("input-error-securityAnswerConfirm"));
        assertNoMoreMail(mailsBefore);

        fillQuestion("Scuola Carducci", "Scuola Carducci");
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));

        MimeMessage notice = Mails.awaitMail(mail, mailsBefore + 1);
        assertNotice(notice, address, QUESTION_SET_IT, username);
        assertThat(Mails.plainText(notice)).doesNotContain("Carducci");
        assertNoMoreMail(mailsBefore + 1);
    }

    private static void assertNotice(MimeMessage notice, String address, String subject, String username) {
        try {
            assertThat(recipient(notice)).isEqualTo(address);
            assertThat(notice.getSubject()).isEqualTo(subject);
            assertThat(Mails.plainText(notice))
                    .contains("con nome utente " + username)
                    .contains(SUPPORT_PATH)
                    .doesNotContain(PASSWORD);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private UserResource createUser(String username, String email, String requiredAction) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Notifica");
        user.setLastName("Prova");
        user.setRequiredActions(List.of(requiredAction));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.admin().users().create(user)) {
            String id = CreatedResponseUtil.getCreatedId(created);
            return realm.admin().users().get(id);
        }
    }

    private void submitTotp(String code) {
        LoginForm form = new LoginForm(driver);
        form.type("totp", code);
        form.submit(By.id("saveTOTPBtn"));
    }

    private void fillQuestion(String answer, String confirmation) {
        LoginForm form = new LoginForm(driver);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByValue("sportelloQuestionFirstSchool");
        form.type("securityAnswer", answer);
        form.type("securityAnswerConfirm", confirmation);
        form.submit(By.id("sportello-security-question-save"));
    }

    private List<MimeMessage> receivedSince(int index) {
        MimeMessage[] received = mail.getReceivedMessages();
        return List.of(received).subList(index, received.length);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNoMoreMail(int expected) {
        assertThat(mail.waitForIncomingEmail(NO_MAIL_WAIT_MILLIS, expected + 1))
                .as("a mail that should not have been sent")
                .isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(expected);
    }

    private void waitFor(By locator) {
        PageWaits.until(driver, d -> !d.findElements(locator).isEmpty());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
