package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.H2CrmServer;
import it.sportello.it.support.RealmUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * The CRM database goes down and comes back while Keycloak runs: staff with local accounts keep signing in, customers
 * are told the service is temporarily unavailable (a login page, not an error page), and afterwards every customer
 * signs in again and no account stays locked.
 */
@KeycloakIntegrationTest(config = H2CrmServerConfig.class)
class CrmOutageIT {

    private static final String UNAVAILABLE_IT =
            "I servizi clienti sono momentaneamente non disponibili e non possiamo farti accedere."
                    + " Riprova tra qualche minuto.";
    private static final String STAFF_PASSWORD = "Operatore-2026!";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @Test
    void whenCrmIsDownStaffSignInCustomersAreToldAndAfterwardsNobodyStaysLockedOut() throws Exception {
        // the H2 CRM may be shared with classes that migrated (and so cleared) C0003's legacy hash
        DemoCustomers.restoreLegacyPasswords(new CrmRows(H2CrmServerConfig.CRM));
        BrowserLogin browser = new BrowserLogin(realm, driver, loginPage);
        assertThat(browser.signIn("C0003", DemoCustomers.BIANCHI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0003");
        RealmUsers.createStaff(realm, "staff.operator", STAFF_PASSWORD);

        H2CrmServer.stop();
        try {
            assertThat(browser.signIn("staff.operator", STAFF_PASSWORD).getPreferredUsername())
                    .isEqualTo("staff.operator");

            // an imported customer with a migrated password, and one never imported: same plain message
            for (String customer : List.of("C0003", "C0002")) {
                browser.submit(customer, DemoCustomers.BIANCHI_PASSWORD, "it");
                assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
                assertThat(driver.findElement(By.className("kc-feedback-text")).getText())
                        .isEqualTo(UNAVAILABLE_IT);
            }
        } finally {
            H2CrmServer.start();
        }

        // the pool drops the connections the outage broke; a customer may need one retry, never a lockout
        String username = signInWithinAFewAttempts("C0003", DemoCustomers.BIANCHI_PASSWORD);
        assertThat(username).isEqualTo("c0003");
        UserRepresentation customer =
                realm.admin().users().search("c0003", true).get(0);
        assertThat(customer.isEnabled()).isTrue();
        Map<String, Object> bruteForce = realm.admin().attackDetection().bruteForceUserStatus(customer.getId());
        assertThat(bruteForce).containsEntry("disabled", false);
    }

    private String signInWithinAFewAttempts(String username, String password) throws Exception {
        BrowserLogin browser = new BrowserLogin(realm, driver, loginPage);
        AssertionError last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return browser.signIn(username, password).getPreferredUsername();
            } catch (org.openqa.selenium.TimeoutException stillOnLoginPage) {
                last = new AssertionError("Still refused after the CRM came back", stillOnLoginPage);
                Thread.sleep(2_000);
            }
        }
        throw last;
    }
}
