package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PkceLogin;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
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
 * Account claiming on a real Keycloak, in the browser: customer code and tax ID, the confirmation summary, then
 * either a self-service password with email verification, or an activation link; mismatches get one message; a
 * customer who already has access is told so only after code and tax ID matched.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ClaimAccountIT {

    private static final String FIRST_SCHOOL_IT = "Come si chiamava la tua prima scuola?";
    private static final String NO_MATCH_IT =
            "Non troviamo un cliente con questi dati. Controllali sulla bolletta e riprova.";

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
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        claim = new ClaimPages(driver);
        useCompletion("self-service");
    }

    @Test
    void claimWithSelfServicePasswordThenVerifyEmailByLinkThenSignIn() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        PkceLogin login = openClaim();

        claim.verify("c 0006", "24681350013");
        assertThat(claim.title()).isEqualTo("Sei tu?");
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo("C0006");
        assertThat(claim.text("sportello-claim-summary-name")).isEqualTo("Luce Verde Soc. Coop.");
        assertThat(claim.text("sportello-claim-summary-address")).isEqualTo("Via Indipendenza 12, 40121 Bologna (BO)");

        claim.confirm();
        claim.complete(
                "Luce.Verde@Example.com", "Luce-Verde-2026", FIRST_SCHOOL_IT, "Scuola Carducci", " scuola  CARDUCCI ");

        MimeMessage verification = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(verification.getAllRecipients()[0].toString()).isEqualTo("luce.verde@example.com");
        driver.open(Mails.actionLink(verification));
        driver.waiting().until(d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        AccessToken token = org.keycloak.TokenVerifier.create(
                        login.redeem(driver.getCurrentUrl()).getToken(), AccessToken.class)
                .getToken();

        assertThat(token.getPreferredUsername()).isEqualTo("c0006");
        assertThat(token.getEmail()).isEqualTo("luce.verde@example.com");
        assertThat(crm.column("C0006", "email")).contains("luce.verde@example.com");
        UserRepresentation user = realm.admin().users().search("c0006", true).get(0);
        assertThat(user.isEmailVerified()).isTrue();
        assertThat(realm.admin().users().get(user.getId()).credentials())
                .extracting(CredentialRepresentation::getType)
                .contains("password", "sportello-security-question");
        assertThat(browser.signIn("luce.verde@example.com", "Luce-Verde-2026").getPreferredUsername())
                .isEqualTo("c0006");
    }

    @Test
    void claimWhenTaxIdDoesNotMatchThenSameMessageAsUnknownCode() {
        openClaim();
        claim.verify("C0002", "RSSMRA85T10A562S");
        String wrongTaxId = claim.alert();

        claim.verify("Z9999", "24681350013");
        String unknownCode = claim.alert();

        assertThat(wrongTaxId).isEqualTo(NO_MATCH_IT);
        assertThat(unknownCode).isEqualTo(NO_MATCH_IT);
        assertThat(claim.isVerifyPage()).isTrue();
        List<EventRepresentation> errors =
                realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 50);
        assertThat(errors).extracting(EventRepresentation::getError).contains("sportello_claim_no_match");
        assertThat(errors.stream().map(e -> String.valueOf(e.getDetails())))
                .noneMatch(details -> details.contains("24681350013") || details.contains("RSSMRA85T10A562S"));
    }

    @Test
    void claimWhenInputIsEmptyTooLongMalformedOrMarkupThenFieldMessagesAndNoServerError() {
        openClaim();
        claim.verify("", "");
        assertThat(claim.fieldError("customerCode")).isEqualTo("Inserisci il codice cliente.");
        assertThat(claim.fieldError("taxId")).isNotBlank();

        claim.verify("C".repeat(200), "X".repeat(300));
        assertThat(claim.fieldError("customerCode"))
                .isEqualTo("Il codice cliente ha da 3 a 20 lettere e cifre; controlla la bolletta.");
        assertThat(claim.fieldError("taxId")).isNotBlank();

        claim.verify("C0001' OR '1'='1", "<script>alert(1)</script>");
        assertThat(claim.fieldError("customerCode")).isNotBlank();
        assertThat(claim.fieldError("taxId")).isNotBlank();
        assertThat(driver.page().getPageSource()).doesNotContain("<script>alert(1)</script>");
        assertThat(claim.isVerifyPage()).isTrue();
    }

    @Test
    void claimWhenSecurityAnswersDifferThenFieldMessageAndNothingStored() throws Exception {
        String emailBefore = crm.column("C0006", "email").orElse(null);
        openClaim();
        claim.verify("C0006", "24681350013");
        claim.confirm();
        claim.complete("luce.verde.2@example.com", "Luce-Verde-2026", FIRST_SCHOOL_IT, "Manzoni", "Pascoli");

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
    void claimWhenCustomerAlreadyHasAccessThenToldOnlyAfterCodeAndTaxIdMatch() {
        openClaim();
        claim.verify("C0001", "RSSMRA85T10A562S");

        assertThat(claim.title()).isEqualTo("Hai già l’accesso");
        assertThat(driver.findElement(By.id("sportello-claim-already-reset")).isDisplayed())
                .isTrue();
    }

    @Test
    void claimWithActivationEmailThenSetPasswordFromLinkThenSignIn() throws Exception {
        useCompletion("activation-email");
        int mailsBefore = mail.getReceivedMessages().length;
        openClaim();
        claim.verify("C0005", "CNTSFN75M22L219F");
        claim.confirm();
        claim.complete("stefano.activation@example.com", null, null);

        assertThat(claim.title()).isEqualTo("Controlla la tua email");
        MimeMessage activation = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(activation.getAllRecipients()[0].toString()).isEqualTo("stefano.activation@example.com");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(activation))
                .doesNotContain("Conti-2026!");

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
