package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.Keyboard;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console pages of the portal's second round with the keyboard alone, in Chromium: on the home page, Tab reaches
 * every block's link and Enter follows it; on the metering, documents, supply points (contract) and readings pages,
 * Tab reaches the page's controls, Enter downloads a document (the CRM records it) and shows a supply point's
 * contract. On the requests page, a new request goes through its review, Back (the fields as typed), a refused Send
 * (the focus on the field in error, tied to its error and announced) and Send, and a reply is refused blank and then
 * sent, each control reached showing the theme's focus ring. Nothing is clicked. ({@link KeyboardIT} covers the
 * sign-in, claim and reset pages.)
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ConsoleKeyboardIT {

    private static final String PASSWORD = "Rossi-Tastiera-2026";
    private static final int MAX_STOPS = 150;
    /** The focused control: its test id, else its id, else the test id of what holds it and its tag. */
    private static final String FOCUSED = "const e = document.activeElement;"
            + " if (!e || e === document.body || e === document.documentElement) return '';"
            + " const own = e.getAttribute('data-testid') || e.id; if (own) return own;"
            + " const holder = e.closest('[data-testid]');"
            + " return (holder ? holder.getAttribute('data-testid') + '>' : '') + e.tagName.toLowerCase();";

    /** How the field arguments[0] is tied to its error: aria-invalid, aria-describedby, the text, in a live region. */
    private static final String FIELD_ERROR = "const input = document.getElementById(arguments[0]);"
            + " const ids = (input.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);"
            + " const described = ids.map((id) => document.getElementById(id)).filter(Boolean);"
            + " let announced = false;"
            + " for (const d of described) for (let e = d; e && !announced; e = e.parentElement) {"
            + "   const live = e.getAttribute('aria-live');"
            + "   announced = ['alert', 'status'].includes(e.getAttribute('role')) || (live !== null && live !== 'off');"
            + " }"
            + " return [input.getAttribute('aria-invalid') || '', ids.join(' '),"
            + "   described.map((e) => e.textContent.trim()).join(' '), String(announced)];";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private Keyboard keys;

    @BeforeEach
    void keyboard() {
        keys = new Keyboard(driver);
    }

    @AfterEach
    void forgetDownloads() throws Exception {
        crm.execute("delete from document_download where customer_code = 'C0001'");
    }

    @Test
    void homeBlocksMeteringDocumentsContractAndReadingsWithTheKeyboardAlone() throws Exception {
        crm.execute("delete from document_download where customer_code = 'C0001'");
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), PASSWORD);
        new BrowserLogin(realm, driver, loginPage).signOut();
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", PASSWORD);

        console.open("");
        console.visible(PortalConsole.testId("home"));
        assertThat(stops())
                .as("Tab stops of the home page")
                .contains("home-tickets-link", "home-readings-link", "home-invoice-link");
        console.open("");
        console.visible(PortalConsole.testId("home"));
        tabTo("home-invoice-link");
        press(Keys.ENTER);
        wait(d -> d.getCurrentUrl().contains("/invoices"));

        console.open("consumption");
        console.visible(PortalConsole.testId("metering-apply"));
        assertThat(stops()).as("Tab stops of the consumption page").contains("supply-point-select", "metering-apply");

        console.open("supply-points");
        console.visible(PortalConsole.testId("supply-point-1002"));
        assertThat(stops()).as("Tab stops of the supply points page").contains("supply-point-1002>button");
        console.open("supply-points");
        console.visible(PortalConsole.testId("supply-point-1002"));
        tabTo("supply-point-1002>button");
        press(Keys.ENTER);
        assertThat(console.visible(PortalConsole.testId("contract-details")).getText())
                .contains("G-00120045");

        console.open("readings");
        console.visible(PortalConsole.testId("supply-point-select"));
        assertThat(stops()).as("Tab stops of the readings page").contains("supply-point-select");

        console.open("documents");
        console.visible(PortalConsole.testId("document-download-1"));
        assertThat(stops()).as("Tab stops of the documents page").contains("document-download-1");
        console.open("documents");
        console.visible(PortalConsole.testId("document-download-1"));
        tabTo("document-download-1");
        press(Keys.ENTER);
        wait(d -> downloads() == 1);
    }

    @Test
    void aNewRequestThroughItsReviewAndAReplyWithTheKeyboardAlone() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), PASSWORD);
        new BrowserLogin(realm, driver, loginPage).signOut();
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", PASSWORD);
        String subject = "Tastiera " + UUID.randomUUID().toString().substring(0, 8);

        // the form opens on its first field; Tab then visits the fields in the order they show
        console.open("requests");
        console.visible(PortalConsole.testId("ticket-new"));
        tabTo("ticket-new");
        press(Keys.ENTER);
        wait(d -> "ticket-category".equals(focused()));
        keys.arrowDown(); // the CRM's first request type
        nextIs("ticket-supply-point");
        nextIs("ticket-subject");
        keys.type(subject);
        nextIs("ticket-description");
        keys.type("Il contatore non si accende.");
        nextIs("ticket-contacts");
        keys.type("non-un-indirizzo");
        nextIs("ticket-attachments");
        nextIs("ticket-continue");

        // Continue: the summary has the focus; Back: the fields as typed, the focus on the first
        press(Keys.ENTER);
        wait(d -> "ticket-review-title".equals(focused()));
        assertThat(console.visible(PortalConsole.testId("ticket-review-subject"))
                        .getText())
                .isEqualTo(subject);
        nextIs("ticket-submit");
        nextIs("ticket-back");
        press(Keys.SPACE);
        wait(d -> "ticket-category".equals(focused()));
        assertThat(valueOf("ticket-subject")).isEqualTo(subject);
        assertThat(valueOf("ticket-contacts")).isEqualTo("non-un-indirizzo");

        // Send with a contact that is no address: the fields again, the focus on the field named by its error
        tabTo("ticket-continue");
        press(Keys.ENTER);
        wait(d -> "ticket-review-title".equals(focused()));
        nextIs("ticket-submit");
        press(Keys.SPACE);
        wait(d -> "ticket-contacts".equals(focused()));
        assertTiedAndAnnounced("ticket-contacts");
        selectAll();
        keys.type("ufficio.rossi@example.com");
        tabTo("ticket-continue");
        press(Keys.ENTER);
        wait(d -> "ticket-review-title".equals(focused()));
        nextIs("ticket-submit");
        press(Keys.ENTER);
        // sent: the focus back on the button that opened the form, the request in the list
        wait(d -> "ticket-new".equals(focused()));
        assertThat(crm.number("select count(*) from support_ticket where subject = ?", subject))
                .isEqualTo(1);

        // the request opens (its details first, in a dialog), then a reply: refused blank, then sent
        tabToText(subject);
        press(Keys.ENTER);
        wait(d -> Boolean.TRUE.equals(script("return !!document.activeElement.closest('[role=dialog]')")));
        press(Keys.ENTER);
        console.gone(By.xpath("//*[@role='dialog']"));
        tabTo("ticket-reply-text");
        keys.type("   ");
        tabTo("ticket-reply-submit");
        press(Keys.ENTER);
        wait(d -> "true"
                .equals(script(
                        "return document.getElementById('ticket-reply-text')" + ".getAttribute('aria-invalid')")));
        assertThat(focused()).isEqualTo("ticket-reply-text");
        assertTiedAndAnnounced("ticket-reply-text");
        selectAll();
        keys.type("Grazie, sono a casa domani.");
        tabTo("ticket-reply-submit");
        press(Keys.SPACE);
        assertThat(console.visible(PortalConsole.testId("ticket-message-customer"))
                        .getText())
                .contains("Grazie, sono a casa domani.");
    }

    /** Tab moves to the control, which shows the theme's focus ring. */
    private void nextIs(String control) {
        press(Keys.TAB);
        assertThat(focused()).as("Tab after the previous control").isEqualTo(control);
        assertThat(Keyboard.showsRing(keys.focusedStyle()))
                .as("focus ring of %s: %s", control, keys.focusedStyle())
                .isTrue();
    }

    /**
     * The field says it is invalid, names its error text in aria-describedby, and that text is in a live region (read
     * out when it appears); the form's problem alert is one too.
     */
    private void assertTiedAndAnnounced(String field) {
        @SuppressWarnings("unchecked")
        List<String> tie = (List<String>) script(FIELD_ERROR, field);
        assertThat(tie.get(0)).as("aria-invalid of %s", field).isEqualTo("true");
        assertThat(tie.get(1).split(" ")).as("aria-describedby of %s", field).contains(field + "-helper");
        assertThat(tie.get(2)).as("error text of %s", field).isNotBlank();
        assertThat(tie.get(3)).as("error of %s in a live region", field).isEqualTo("true");
        assertThat(driver.findElement(PortalConsole.testId("portal-problem")).getAttribute("aria-live"))
                .isEqualTo("assertive");
    }

    private String valueOf(String id) {
        return String.valueOf(script("return document.getElementById(arguments[0]).value", id));
    }

    /** Ctrl+A in the focused field: what is typed next replaces its text. */
    private void selectAll() {
        new Actions(driver.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** Presses Tab until a control whose text is this one has the focus. */
    private void tabToText(String text) {
        String read = "return document.activeElement ? document.activeElement.textContent.trim() : ''";
        for (int i = 0; i < MAX_STOPS && !text.equals(script(read)); i++) {
            press(Keys.TAB);
        }
        assertThat(script(read)).as("Tab reaches %s", text).isEqualTo(text);
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver.driver()).executeScript(script, args);
    }

    /** From the top of a page just opened, the controls Tab visits until it comes round or leaves the page. */
    private List<String> stops() {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MAX_STOPS; i++) {
            press(Keys.TAB);
            String focused = focused();
            if (focused.isEmpty() || (!stops.isEmpty() && focused.equals(stops.get(0)))) {
                break;
            }
            stops.add(focused);
        }
        System.out.println("Tab stops of " + driver.getCurrentUrl() + ": " + stops);
        return stops;
    }

    /** From the top of a page just opened, presses Tab until the control has the focus. */
    private void tabTo(String control) {
        for (int i = 0; i < MAX_STOPS && !control.equals(focused()); i++) {
            press(Keys.TAB);
        }
        assertThat(focused()).as("Tab reaches %s", control).isEqualTo(control);
    }

    private String focused() {
        return String.valueOf(((JavascriptExecutor) driver.driver()).executeScript(FOCUSED));
    }

    private void press(Keys key) {
        new Actions(driver.driver()).sendKeys(key).perform();
    }

    private long downloads() {
        try {
            return crm.number(
                    "select count(*) from document_download where customer_code = 'C0001' and document_id = 1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver.driver(), Duration.ofSeconds(20)).until(condition);
    }
}
