package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PortalConsole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The security question as a Keycloak credential outside of claiming: set up through the required action an admin
 * puts on an account, and from the account console's "Signing in" page (application-initiated action); visible to
 * admins without its answer, and removable by them. How recovery asks it is {@link ResetCredentialsIT}'s part.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class SecurityQuestionIT {

    private static final String TYPE = "sportello-security-question";
    private static final String FIRST_SCHOOL = "sportelloQuestionFirstSchool";
    private static final String FIRST_CAR = "sportelloQuestionFirstCar";
    /** The "Update" button of the stored question on the console's "Signing in" page. */
    private static final By UPDATE =
            By.cssSelector("[data-testid='" + TYPE + "/credential-list'] [data-testrole='update']");

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
    }

    @Test
    void requiredActionWhenAdminAsksThenSetAtSignInThenAdminSeesItWithoutAnswerAndRemovesIt() throws Exception {
        UserResource demo = user("demo");
        UserRepresentation representation = demo.toRepresentation();
        representation.setRequiredActions(List.of(TYPE));
        demo.update(representation);

        browser.submit("demo", "Demo-Portale-2026", "en");
        waitFor(By.id("sportello-security-question-form"));
        assertThat(driver.findElement(By.id("kc-page-title")).getText()).contains("Set up your security question");
        assertThat(driver.driver().findElements(By.id("sportello-security-question-cancel")))
                .as("an action the admin asked for cannot be skipped")
                .isEmpty();

        fill(FIRST_SCHOOL, "Scuola Carducci", "Scuola Pascoli");
        waitFor(By.id("input-error-securityAnswerConfirm"));
        assertThat(driver.findElement(By.id("input-error-securityAnswerConfirm"))
                        .getText())
                .isEqualTo("The two answers do not match.");
        assertThat(questions(demo)).as("nothing stored after a refused form").isEmpty();

        fill(FIRST_SCHOOL, "Scuola Carducci", "scuola carducci");
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));

        List<CredentialRepresentation> stored = questions(demo);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getCredentialData())
                .as("admins see which question, never the answer")
                .contains(FIRST_SCHOOL)
                .doesNotContainIgnoringCase("carducci");
        assertThat(stored.get(0).getSecretData()).isNull();
        assertThat(demo.toRepresentation().getRequiredActions()).doesNotContain(TYPE);

        demo.removeCredential(stored.get(0).getId());
        assertThat(questions(demo)).isEmpty();
    }

    @Test
    void consoleWhenCustomerSetsUpThenListedAndSecondSetUpReplacesIt() {
        // a CRM customer: the portal console shows its own pages to customers and the stock "Signing in" page
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        browser.signOut();
        console.signIn(loginPage, "C0004", "Verdi.2018");
        UserResource customer = user("c0004");
        assertThat(questions(customer)).isEmpty();

        console.open("account-security/signing-in");
        console.visible(PortalConsole.testId(TYPE + "/not-set-up"));
        console.click(PortalConsole.testId(TYPE + "/create"));
        console.visible(By.id("sportello-security-question-form"));
        assertThat(driver.driver().findElements(By.id("sportello-security-question-replace")))
                .isEmpty();
        fill(FIRST_SCHOOL, "Scuola Carducci", "Scuola Carducci");

        console.visible(PortalConsole.testId(TYPE + "/credential-list"));
        console.gone(PortalConsole.testId(TYPE + "/not-set-up"));
        assertSecurityQuestionListedBesideThePassword(console);
        List<CredentialRepresentation> first = questions(customer);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getCredentialData()).contains(FIRST_SCHOOL);

        // the customer started it: they may also cancel it, which changes nothing
        console.click(UPDATE);
        console.visible(By.id("sportello-security-question-replace"));
        driver.findElement(By.id("sportello-security-question-cancel")).click();
        console.visible(PortalConsole.testId(TYPE + "/credential-list"));
        assertThat(questions(customer))
                .extracting(CredentialRepresentation::getId)
                .containsExactly(first.get(0).getId());

        console.click(UPDATE);
        console.visible(By.id("sportello-security-question-replace"));
        fill(FIRST_CAR, "Panda", "Panda");
        console.visible(PortalConsole.testId(TYPE + "/credential-list"));
        List<CredentialRepresentation> replaced = questions(customer);
        assertThat(replaced).as("one security question per account").hasSize(1);
        assertThat(replaced.get(0).getCredentialData()).contains(FIRST_CAR).doesNotContain(FIRST_SCHOOL);
    }

    /**
     * By name, never by its id, and in the password's category (named for recovery), not under two-factor
     * authentication: it is an extra check after the reset link, not a second factor.
     */
    private static void assertSecurityQuestionListedBesideThePassword(PortalConsole console) {
        assertThat(console.visible(
                                By.cssSelector("[data-testid='" + TYPE + "/credential-list'] [data-testrole='label']"))
                        .getText())
                .isIn("Security question", "Domanda di sicurezza");
        assertThat(console.visible(By.id("basic-authentication-categ-title")).getText())
                .isIn("Password and account recovery", "Password e recupero dell’accesso");
        assertThat(console.all(By.xpath("//*[@id='basic-authentication-categ-title']/ancestor::section[1]"
                        + "//*[@data-testid='" + TYPE + "/title']")))
                .hasSize(1);
    }

    private void fill(String questionKey, String answer, String confirmation) {
        LoginForm form = new LoginForm(driver);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByValue(questionKey);
        form.type("securityAnswer", answer);
        form.type("securityAnswerConfirm", confirmation);
        form.submit(By.id("sportello-security-question-save"));
    }

    private void waitFor(By locator) {
        PageWaits.until(driver, d -> !d.findElements(locator).isEmpty());
    }

    private UserResource user(String username) {
        UserRepresentation found = realm.admin().users().search(username, true).get(0);
        return realm.admin().users().get(found.getId());
    }

    private static List<CredentialRepresentation> questions(UserResource user) {
        return user.credentials().stream().filter(c -> TYPE.equals(c.getType())).toList();
    }
}
