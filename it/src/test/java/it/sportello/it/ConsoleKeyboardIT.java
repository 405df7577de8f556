package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console pages of the portal's second round with the keyboard alone, in Chromium: on the home page, Tab reaches
 * every block's link and Enter follows it; on the metering, documents, supply points (contract) and readings pages,
 * Tab reaches the page's controls, Enter downloads a document (the CRM records it) and shows a supply point's
 * contract. Nothing is clicked. ({@link KeyboardIT} covers the sign-in, claim and reset pages.)
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

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

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
