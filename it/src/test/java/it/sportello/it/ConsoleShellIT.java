package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ConsoleShell;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PortalConsole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The shell around the account console's pages, in Chromium as customer C0001: the masthead in one row from a 390 px
 * phone up, its brand readable and leading to the console's start page, and the language: the one chosen on the
 * sign-in page is the console's, and a switch in the console is written to the user's Keycloak locale.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ConsoleShellIT {

    private static final String DEMO_BCRYPT = "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";
    /** The masthead's height in one row (PatternFly's 76 px plus the border); two rows measured 117 px. */
    private static final double ONE_ROW_HEIGHT = 80;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private PortalConsole console;
    private ConsoleShell shell;

    @BeforeEach
    void signedOut() throws Exception {
        // this class's realm is new: C0001 signs in with the CRM's legacy password again
        crm.update("C0001", "legacy_password_hash", DEMO_BCRYPT);
        crm.update("C0001", "legacy_password_algorithm", "BCRYPT");
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        console = new PortalConsole(driver, realm.getBaseUrl());
        shell = new ConsoleShell(driver, console);
    }

    @AfterEach
    void desktopWindow() {
        driver.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    void mastheadStaysOneRowAtPhoneWidthWithAReadableBrandLeadingToTheConsole() {
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD);
        String consoleHome = realm.getBaseUrl() + "/account/";
        for (int width : new int[] {390, 1280}) {
            shell.windowWidth(width);
            assertThat(shell.viewportWidth()).isLessThanOrEqualTo(width);
            assertThat(shell.headerHeight())
                    .as("masthead height at %d px", width)
                    .isLessThanOrEqualTo(ONE_ROW_HEIGHT);
            assertThat(shell.inOneRow())
                    .as("brand, language and user menu in one row at %d px", width)
                    .isTrue();
            assertThat(shell.fitsWidth()).as("masthead fits %d px", width).isTrue();
            assertThat(shell.brandHref()).as("the brand's link").isEqualTo(consoleHome);
            assertThat(shell.brandText()).isEqualTo("Sportello");
            assertThat(shell.brandContrast())
                    .as("wordmark contrast at %d px", width)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(shell.userMenuName()).as("the user menu's name").isEqualTo("Mario Rossi");
        }

        console.open("invoices");
        console.click(testId("brand"));
        PageWaits.until(driver, d -> d.getCurrentUrl().split("\\?")[0].equals(consoleHome));
        console.visible(testId("home"));
    }

    @Test
    void languageChosenOnSignInIsTheConsolesAndASwitchIsStoredAsTheUsersLocale() {
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD, "en");
        PageWaits.until(driver, d -> "en".equals(console.lang()));
        assertThat(console.menuText("supply-points")).isEqualTo("Supply points");
        assertThat(userLocale()).as("Keycloak stored the sign-in page's choice").containsExactly("en");
        assertThat(shell.languages()).containsOnlyKeys("it", "en", "ro").containsEntry("ro", "Română");

        shell.chooseLanguage("ro");
        PageWaits.until(driver, d -> "Locuri de consum".equals(console.menuText("supply-points")));
        assertThat(userLocale()).as("the user's locale after the switch").containsExactly("ro");

        // a new visit, from a signed-out browser whose language is not Romanian
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD);
        PageWaits.until(driver, d -> "ro".equals(console.lang()));
        PageWaits.until(driver, d -> "Locuri de consum".equals(console.menuText("supply-points")));
    }

    @Test
    void applicationThatOpenedTheConsoleIsLinkedBackFromTheUserMenuAtPhoneWidth() {
        String back = BrowserLogin.PORTAL_REDIRECT.replace("/callback", "/bollette");
        driver.open(realm.getBaseUrl() + "/account/?referrer=" + BrowserLogin.PORTAL_CLIENT + "&referrer_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
        loginPage.fillLogin("C0001", DemoCustomers.ROSSI_PASSWORD);
        loginPage.submit();
        console.visible(testId("nav-supply-points"));

        shell.windowWidth(390);
        assertThat(shell.inOneRow()).as("masthead in one row at 390 px").isTrue();
        assertThat(shell.fitsWidth()).as("masthead fits 390 px").isTrue();
        Map<String, String> backTo = Map.of(
                "it",
                "Torna a Portale clienti",
                "en",
                "Back to Customer portal",
                "ro",
                "Înapoi la Portalul clienților");
        assertThat(shell.referrerLink())
                .as("the user menu's link back to the application")
                .contains(new ConsoleShell.Link("a", backTo.get(console.lang()), back));

        // an address the application may not send its users to, or no application: no link (at 390 px the menu is
        // folded away: the masthead's user menu says the console is there)
        driver.open(realm.getBaseUrl() + "/account/?referrer=" + BrowserLogin.PORTAL_CLIENT
                + "&referrer_uri=https%3A%2F%2Fevil.example%2F");
        console.visible(testId("user-menu"));
        assertThat(shell.referrerLink())
                .as("no link to an address not allowed for the client")
                .isEmpty();
        driver.open(realm.getBaseUrl() + "/account/");
        console.visible(testId("user-menu"));
        assertThat(shell.referrerLink()).as("no link without a referrer").isEmpty();
    }

    private List<String> userLocale() {
        UserRepresentation user = realm.admin().users().search("c0001", true).get(0);
        return user.getAttributes() == null ? List.of() : user.getAttributes().getOrDefault("locale", List.of());
    }
}
