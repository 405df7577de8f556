package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Keyboard;
import it.sportello.it.support.Keyboard.FieldError;
import it.sportello.it.support.Keyboard.TabOrder;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * A claim and a password reset in Chromium with the keyboard alone (Tab, Shift+Tab, Enter, Space, the arrow keys and
 * typing into whatever has the focus; nothing clicked): on each page the focus starts on the first field, Tab visits
 * the fields, then the submit button, then the links, and every control shows a focus ring. A field's error is tied
 * to it for a screen reader (aria-invalid, aria-describedby naming the error) and announced, and so is the page's
 * own message. Emailed links are opened as a visitor would paste them.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
@ExtendWith(SoftAssertionsExtension.class)
class KeyboardIT {

    private static final String LUCE_VERDE_EMAIL = "contatti@luceverde.example";
    private static final String NO_MATCH_IT =
            "Non troviamo un cliente con questi dati. Controllali sulla bolletta e riprova.";

    /** A new realm for every test: the claim counts a failed attempt, and C0006 may have been claimed elsewhere. */
    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    @InjectSoftAssertions
    SoftAssertions softly;

    private BrowserLogin browser;
    private Keyboard keys;
    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    @BeforeEach
    void setUp() throws Exception {
        crm.update("C0006", "email", LUCE_VERDE_EMAIL);
        browser = new BrowserLogin(realm, driver, loginPage);
        keys = new Keyboard(driver);
        FlowConfigs.claimComplete(realm, Map.of("completion", "self-service"));
    }

    @Test
    void claimWithKeyboardOnlyThenFocusInOrderWithRingErrorsTiedToFieldsAndAccountActivated() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .registrationUrl("it"));

        // step 1: the first field has the focus; Tab goes through the fields, the button, the links
        assertThat(keys.focused()).isEqualTo("customerCode");
        assertTabOrder(
                "customerCode",
                "taxId",
                "invoiceNumber",
                "sportello-claim-continue",
                "sportello-claim-login",
                "sportello-support-link");
        keys.tabTo("customerCode");
        keys.enterAndWait();

        // nothing typed: each field says what is missing, tied to it and announced
        assertTiedError("customerCode", "Inserisci il codice cliente.");
        assertTiedError("taxId", null);
        assertTiedError("invoiceNumber", "Inserisci il numero di una delle tue bollette degli ultimi 12 mesi.");
        assertThat(keys.pageAlert()).as("the fields say it").containsExactly("", "");
        assertThat(keys.focused()).isEqualTo("customerCode");

        keys.type("C0006");
        keys.tab();
        keys.type("24681350013");
        keys.tab();
        keys.type("FTC-000999");
        keys.enterAndWait();
        // no match: the page's message, announced; the code is kept, the rest asked again
        assertThat(keys.pageAlert()).containsExactly("alert", NO_MATCH_IT);
        assertThat(keys.fieldError("customerCode").ariaInvalid()).isEqualTo("false");

        assertThat(keys.focused()).isEqualTo("customerCode");
        keys.tab();
        keys.type("24681350013");
        keys.tab();
        keys.type("FTC-000106");
        keys.tab();
        assertThat(keys.focused()).isEqualTo("sportello-claim-continue");
        keys.shiftTab();
        assertThat(keys.focused()).isEqualTo("invoiceNumber");
        keys.tab();
        keys.spaceAndWait();

        // step 2: is this you? the answer buttons first, then the way back
        assertThat(driver.findElement(By.id("sportello-claim-summary-code")).getText())
                .isEqualTo("C0006");
        keys.tabTo("sportello-claim-confirm-yes");
        assertTabOrder("sportello-claim-confirm-yes", "sportello-claim-confirm-no", "sportello-claim-login");
        keys.tabTo("sportello-claim-confirm-yes");
        keys.enterAndWait();

        // step 3: the link goes to the email of record, so the password is the first field
        assertThat(keys.focused()).isEqualTo("password");
        assertTabOrder(
                "password",
                "password-show-password",
                "password-confirm",
                "password-confirm-show-password",
                "securityQuestion",
                "securityAnswer",
                "securityAnswer-show-password",
                "securityAnswerConfirm",
                "securityAnswerConfirm-show-password",
                "verifyMobile",
                "addRecoveryEmail",
                "sportello-claim-create",
                "sportello-claim-login");
        keys.tabTo("password");
        keys.type("Luce-Verde-Tastiera-2026");
        keys.tab();
        keys.tab();
        keys.type("Luce-Verde-Tastiera-2026");
        keys.tabTo("securityQuestion");
        keys.arrowDown();
        assertThat(driver.findElement(By.id("securityQuestion")).getAttribute("value"))
                .as("a question chosen with the arrow key")
                .isNotEmpty();
        keys.tab();
        keys.type("Scuola Carducci");
        keys.tabTo("securityAnswerConfirm");
        keys.type("Scuola Carducci");
        keys.tabTo("sportello-claim-create");
        keys.enterAndWait();

        // the verification link (and the "account activated" notice) at the email of record, opened as pasted
        Mails.awaitMail(mail, mailsBefore + 2);
        driver.open(Mails.actionLink(Mails.withActionLink(mail, mailsBefore)));
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        UserRepresentation user = realm.admin().users().search("c0006", true).get(0);
        assertThat(user.isEmailVerified()).isTrue();
        assertThat(realm.admin().users().get(user.getId()).credentials())
                .extracting(CredentialRepresentation::getType)
                .contains("password", "sportello-security-question");
    }

    @Test
    void resetWithKeyboardOnlyThenFocusInOrderWithRingErrorTiedToFieldAndNewPassword() throws Exception {
        String userId = createUser("tastiera", "Tastiera-Iniziale-2026");
        int mailsBefore = mail.getReceivedMessages().length;
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));

        // on the sign-in page, "Forgot password?" by Tab and Enter
        keys.tabToLink("login-actions/reset-credentials");
        keys.enterAndWait();

        assertThat(keys.focused()).isEqualTo("username");
        // the channel radios (link by email, checked, or code by SMS) are one stop, the checked one
        assertTabOrder(
                "username",
                "channel-email",
                "sportello-reset-submit",
                "sportello-reset-back",
                "sportello-support-link");
        keys.tabTo("username");
        keys.enterAndWait();
        assertTiedError("username", "Inserisci il codice cliente o l’indirizzo email.");
        assertThat(keys.focused()).isEqualTo("username");

        keys.type("tastiera@example.com");
        keys.tab();
        assertThat(keys.focused()).isEqualTo("channel-email");
        keys.tab();
        assertThat(keys.focused()).isEqualTo("sportello-reset-submit");
        keys.enterAndWait();

        // the emailed link, opened as pasted: Keycloak's new-password page, its first field focused
        driver.open(Mails.actionLink(Mails.awaitMail(mail, mailsBefore + 1)));
        assertThat(keys.focused()).isEqualTo("password-new");
        assertTabOrder(
                "password-new",
                "password-new-show-password",
                "password-confirm",
                "password-confirm-show-password",
                "logout-sessions",
                "kc-submit");
        keys.tabTo("password-new");
        keys.type("Tastiera-Nuova-2026");
        keys.tabTo("password-confirm");
        keys.type("Tastiera-Nuova-2026");
        keys.tabTo("kc-submit");
        keys.enterAndWait();

        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(realm.admin().getEvents(List.of("UPDATE_CREDENTIAL"), null, userId, null, null, null, 0, 10))
                .extracting(EventRepresentation::getDetails)
                .anySatisfy(details -> assertThat(details).containsEntry("credential_type", "password"));
    }

    @Test
    void signInWithAWrongThenATemporaryPasswordThenTheFieldErrorAndThePageMessageAnnounced() {
        createUser("provvisoria", "Provvisoria-Iniziale-2026", true);
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));

        // a wrong password: Keycloak says it at the username field, in a live region, and no page message repeats it
        keys.tabTo("username");
        keys.type("provvisoria");
        keys.tabTo("password");
        keys.type("Sbagliata-2026");
        keys.enterAndWait();
        softly.assertThat(keys.fieldError("username").text()).isEqualTo("Nome utente o password non validi.");
        softly.assertThat(keys.fieldError("username").announced())
                .as("the wrong password's error announced")
                .isTrue();
        softly.assertThat(keys.pageAlert()).as("the field says it").containsExactly("", "");

        // the right, temporary one: Keycloak's new-password page, whose page message (a warning) is an alert
        keys.tabTo("password");
        keys.type("Provvisoria-Iniziale-2026");
        keys.enterAndWait();
        assertThat(keys.focused()).isEqualTo("password-new");
        softly.assertThat(keys.pageAlert())
                .as("Keycloak's page message on its new-password page")
                .containsExactly("alert", "Devi cambiare la password per attivare il tuo utente.");
    }

    /**
     * From the focused control, Tab visits exactly these controls and each shows a focus ring. Soft: the journey goes
     * on, and the test reports every page's findings at its end.
     */
    private void assertTabOrder(String... controls) {
        TabOrder tabOrder = keys.tabOrder();
        String page =
                "\"" + driver.findElement(By.id("kc-page-title")).getText().trim() + "\"";
        softly.assertThat(tabOrder.controls()).as("Tab order on %s", page).containsExactly(controls);
        softly.assertThat(tabOrder.withoutRing())
                .as("controls without focus ring on %s", page)
                .isEmpty();
    }

    /** The field is marked invalid, described by its error (with that text, when given), which is announced. */
    private void assertTiedError(String field, String text) {
        FieldError error = keys.fieldError(field);
        softly.assertThat(error.ariaInvalid()).as("%s aria-invalid", field).isEqualTo("true");
        softly.assertThat(error.describedBy()).as("%s aria-describedby", field).contains("input-error-" + field);
        softly.assertThat(error.text()).as("%s error", field).isNotEmpty();
        if (text != null) {
            softly.assertThat(error.text()).as("%s error", field).isEqualTo(text);
        }
        softly.assertThat(error.announced()).as("%s error announced", field).isTrue();
    }

    /** A local account with an email and a password, as an administrator creates it. */
    private String createUser(String username, String password) {
        return createUser(username, password, false);
    }

    /** A local account with an email and a password, temporary or not, as an administrator creates it. */
    private String createUser(String username, String password, boolean temporary) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Tastiera");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(temporary);
        user.setCredentials(List.of(credential));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
