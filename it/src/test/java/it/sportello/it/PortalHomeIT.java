package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's home page ({@code GET /home} and the page in Chromium) on a real Keycloak with the demo CRM: the
 * greeting with the customer's name or company, "first sign-in" and then the sign-in before the current one (from the
 * realm's stored LOGIN events, with the browser), the open requests, each supply point's reading window, the newest
 * invoice with its PDF, the CRM's notices (the customer's own and the general ones, never another customer's), each
 * block linking to its page; the page passes the accessibility audit.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalHomeIT {

    private static final String ROSSI_PASSWORD = "Rossi-Home-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Home-2026";
    /** C0001's newest invoice in the demo CRM (gas, issued 2026-09-10, to be paid). */
    private static final String ROSSI_LATEST_INVOICE = "FT2026-000022";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;
    private PortalClient portal;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
        realm.admin().clearEvents();
    }

    @Test
    void firstSignInThenNoPreviousOneThenTheFirstWithItsBrowser() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        Instant before = Instant.now().minusSeconds(5);
        String first = browser.signInForToken("C0001", ROSSI_PASSWORD);

        JsonNode home = PortalClient.json(portal.get("/home", first));
        assertThat(home.get("lastSignIn").isNull()).as("first sign-in").isTrue();
        assertThat(home.get("kind").asText()).isEqualTo("PERSON");
        assertThat(home.get("displayName").asText()).isEqualTo("Mario Rossi");

        String second = browser.signInForToken("C0001", ROSSI_PASSWORD);
        HttpResponse<String> again = portal.get("/home", second);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode last = PortalClient.json(again).get("lastSignIn");
        Instant time = Instant.parse(last.get("time").asText());
        assertThat(time).isAfter(before).isBefore(Instant.now());
        assertThat(last.get("browser").asText()).containsIgnoringCase("chrome");
    }

    @Test
    void homeHasTheOpenRequestsTheReadingWindowsAndTheNewestInvoice() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        String token = browser.signInForToken("C0001", ROSSI_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "BILLING");
        fields.put("subject", "Bolletta da verificare");
        fields.put("description", "Importo più alto del solito.");
        HttpResponse<String> ticket = portal.postMultipart("/tickets", token, fields, List.of());
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);

        JsonNode home = PortalClient.json(portal.get("/home", token));

        JsonNode open = home.get("openTickets");
        assertThat(open.get("count").asInt()).isPositive();
        assertThat(open.get("items").findValuesAsText("subject")).contains("Bolletta da verificare");
        assertThat(home.get("readingWindows").findValuesAsText("supplyPointId"))
                .containsExactly("1001", "1002", "1003");
        assertThat(home.get("readingWindows").get(0).get("open").asBoolean())
                .as("electricity: all month")
                .isTrue();
        JsonNode invoice = home.get("latestInvoice");
        assertThat(invoice.get("number").asText()).isEqualTo(ROSSI_LATEST_INVOICE);
        assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
        assertThat(invoice.get("hasPdf").asBoolean()).isTrue();
        assertThat(invoice.get("supplyPointId").asLong()).isEqualTo(1002);
    }

    @Test
    void companyIsGreetedByItsNameAndOtherCustomersDataIsNotThere() throws Exception {
        setPassword("c0002", ACQUA_PASSWORD);
        JsonNode home = PortalClient.json(portal.get("/home", browser.signInForToken("C0002", ACQUA_PASSWORD)));

        assertThat(home.get("kind").asText()).isEqualTo("COMPANY");
        assertThat(home.get("displayName").asText()).isEqualTo("Acqua Chiara S.r.l.");
        assertThat(home.get("readingWindows").findValuesAsText("supplyPointId"))
                .containsExactly("2001", "2002", "2003");
        assertThat(home.get("latestInvoice").get("number").asText()).isNotEqualTo(ROSSI_LATEST_INVOICE);
        assertThat(home.get("openTickets").get("items").findValuesAsText("subject"))
                .doesNotContain("Bolletta da verificare");
    }

    @Test
    void noticesAreTheCustomersOwnAndTheGeneralOnesValidNowNeverAnotherCustomers() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        setPassword("c0002", ACQUA_PASSWORD);
        JsonNode rossi = PortalClient.json(portal.get("/home", browser.signInForToken("C0001", ROSSI_PASSWORD)))
                .get("notices");
        JsonNode acqua = PortalClient.json(portal.get("/home", browser.signInForToken("C0002", ACQUA_PASSWORD)))
                .get("notices");

        // one language (the user's): C0001's gas reading notice (11 it, 12 en, 13 ro) and the general one (1, 2, 3)
        assertThat(rossi).hasSize(2);
        JsonNode own = rossi.get(0);
        assertThat(own.get("id").asLong()).isBetween(11L, 13L);
        assertThat(own.get("general").asBoolean()).isFalse();
        assertThat(own.get("severity").asText()).isEqualTo("WARNING");
        assertThat(own.get("section").asText()).isEqualTo("READINGS");
        assertThat(rossi.get(1).get("general").asBoolean()).isTrue();
        assertThat(rossi.get(1).get("id").asLong()).isEqualTo(own.get("id").asLong() - 10);
        // never C0002's payment reminder (21, 22), nor C0001's expired (14) or not yet valid (15) ones
        assertThat(rossi.findValuesAsText("id")).doesNotContain("21", "22", "14", "15");
        assertThat(acqua.findValuesAsText("id")).doesNotContain("11", "12", "13", "14", "15");
        assertThat(acqua.findValuesAsText("general")).contains("true");
    }

    /**
     * A wait for the console's move to another page: the router changes the address once the page's code is loaded,
     * which on a busy test server can take longer than the driver's default wait.
     */
    private WebDriverWait navigation() {
        return new WebDriverWait(driver.driver(), Duration.ofSeconds(20));
    }

    @Test
    void consoleOpensOnTheHomePageWhoseBlocksLinkToTheirPagesAndPassTheAccessibilityCheck() throws Exception {
        // the other tests of the class gave C0001 a Keycloak password: the CRM's legacy one no longer applies
        setPassword("c0001", ROSSI_PASSWORD);
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        browser.signOut();
        console.signIn(loginPage, "C0001", ROSSI_PASSWORD);

        console.visible(testId("home"));
        // the greeting names the customer (the masthead's user menu, outside the page's main, does too)
        PageWaits.until(driver, d -> d.findElement(By.tagName("main")).getText().contains("Mario Rossi"));
        assertThat(console.visible(testId("home-invoice-details")).getText()).contains(ROSSI_LATEST_INVOICE);
        assertThat(console.visible(testId("home-window-1001")).getText()).contains("IT001E12345678");
        assertThat(console.visible(testId("home-tickets-count")).getText()).matches(".*\\d+.*");
        assertThat(console.visible(testId("home-notices")).getText()).doesNotContain("Acqua Chiara");
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());
        audit.check("console home, " + console.lang());

        console.click(testId("home-invoice-pdf"));
        assertThat(console.downloadedStart("='" + ROSSI_LATEST_INVOICE + ".pdf'", 5))
                .isEqualTo("%PDF-");
        console.click(testId("home-invoice-link"));
        navigation().until(d -> d.getCurrentUrl().contains("/account/invoices?sp=1002"));
        console.visible(testId("invoice-" + ROSSI_LATEST_INVOICE));

        console.menu("home");
        console.click(testId("home-tickets-link"));
        navigation().until(d -> d.getCurrentUrl().contains("/account/requests"));

        // the gas reading notice links to the readings page, whose year of windows passes the check too
        console.menu("home");
        console.click(By.cssSelector("[data-testid^='home-notice-link-']"));
        navigation().until(d -> d.getCurrentUrl().contains("/account/readings"));
        console.visible(testId("reading-windows"));
        audit.check("console readings with the year's windows, " + console.lang());
        audit.assertClean();
    }

    /** The customer's portal password, set as an administrator would; other classes change the CRM's legacy ones. */
    private void setPassword(String username, String password) {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, username), password);
    }
}
