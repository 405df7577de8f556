package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FakeSmsGateway;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
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
 * or a wrong code write nothing; removing the number notifies too.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class MobileVerificationIT {

    private static final String PASSWORD = "Iniziale-Mobile-2026";

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
        driver.waiting().until(d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
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

        driver.waiting().until(d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(attributes(id)).doesNotContainKey("mobile");
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getSubject())
                .isEqualTo("Il numero di cellulare è stato rimosso dal tuo account");
        assertThat(gateway.sent()).isEmpty();
    }

    private Map<String, List<String>> attributes(String id) {
        Map<String, List<String>> attributes =
                realm.admin().users().get(id).toRepresentation().getAttributes();
        return attributes == null ? Map.of() : attributes;
    }

    /** A local account asked to verify a mobile at its next sign-in, as an administrator would ask it. */
    private String createUser(String username, String mobile) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Cellulare");
        if (mobile != null) {
            user.setAttributes(Map.of("mobile", List.of(mobile)));
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRequiredActions(List.of("sportello-verify-mobile"));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("user %s created", username).isEqualTo(201);
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
