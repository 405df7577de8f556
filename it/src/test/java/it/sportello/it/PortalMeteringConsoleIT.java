package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PortalConsole;
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
import org.openqa.selenium.WebElement;

/**
 * The consumption page's interval data in Chromium, as C0001 with a year of hourly data on the electricity point and
 * of days on the gas point: the last 30 days by day at first, a year summed per day by the server (365 bars, not
 * 8,760), a backwards range refused on the page without a call, the range's CSV and XLSX downloaded with the
 * customer's token, the gas point in Smc; the page passes the accessibility audit with the chart and with the error.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalMeteringConsoleIT {

    private static final long ELECTRICITY = 1001;
    private static final long GAS = 1002;
    private static final String DEMO_BCRYPT = "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private PortalConsole console;

    @BeforeEach
    void signIn() throws Exception {
        // as PortalConsoleIT: another class may have migrated C0001's legacy hash; this class's realm is new
        crm.update("C0001", "legacy_password_hash", DEMO_BCRYPT);
        crm.update("C0001", "legacy_password_algorithm", "BCRYPT");
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD);
    }

    @Test
    void aYearOfHoursIsDrawnAsDaysAndTheRangesEveryHourDownloads() {
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());
        console.open("consumption?sp=" + ELECTRICITY);
        WebElement month = console.visible(By.cssSelector("[data-testid='metering-chart'][data-bars='30']"));
        assertThat(month.getAttribute("role")).isEqualTo("img");
        assertThat(console.all(By.xpath("//*[@id='" + month.getAttribute("aria-describedby") + "']")))
                .singleElement()
                .satisfies(table -> assertThat(table.getTagName()).isEqualTo("table"));

        console.click(testId("metering-last-365"));
        WebElement year = console.visible(By.cssSelector("[data-testid='metering-chart'][data-bars='365']"));
        assertThat(year.getAttribute("aria-label")).contains("kWh");
        audit.check("consumption with a year of interval data");

        console.click(testId("metering-csv"));
        assertThat(console.downloadedStart("$='.csv'", 44)).isEqualTo("start,minutes,energy_kwh,power_kw,volume_smc");
        console.click(testId("metering-xlsx"));
        assertThat(console.downloadedStart("$='.xlsx'", 2))
                .as("a zip: the workbook")
                .isEqualTo("PK");
    }

    @Test
    void backwardsRangeIsRefusedOnThePageAndGasIsInStandardCubicMetres() {
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());
        console.open("consumption?sp=" + GAS);
        console.visible(By.cssSelector("[data-testid='metering-chart'][data-bars='30']"));
        assertThat(console.visible(testId("metering-chart")).getAttribute("aria-label"))
                .contains("Smc");

        String to = console.visible(By.id("metering-to")).getAttribute("value");
        setDate("metering-from", java.time.LocalDate.parse(to).plusDays(1).toString());
        console.click(testId("metering-apply"));
        WebElement error = console.visible(By.id("metering-range-error"));
        assertThat(error.getText()).isNotBlank();
        assertThat(console.visible(By.id("metering-from")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        audit.check("consumption with a range error");
    }

    /**
     * Sets a date field as a pick in the browser's date picker would (the keys a date field takes depend on the
     * browser's locale): the native setter, then the input event React listens to.
     */
    private void setDate(String id, String iso) {
        ((JavascriptExecutor) driver.driver())
                .executeScript(
                        "const input = arguments[0];"
                                + " Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set"
                                + ".call(input, arguments[1]);"
                                + " input.dispatchEvent(new Event('input', { bubbles: true }));",
                        console.visible(By.id(id)),
                        iso);
    }
}
