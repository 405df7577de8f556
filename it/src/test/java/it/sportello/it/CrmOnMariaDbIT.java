package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import java.util.List;
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
 * The same CRM federation with the CRM on MariaDB: Sportello's migrations and demo data apply, a customer signs in
 * with a legacy password, the admin search pages in MariaDB, and contact edits are written back.
 */
@KeycloakIntegrationTest(config = MariaDbCrmServerConfig.class)
class CrmOnMariaDbIT {

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(MariaDbCrmServerConfig.CRM);

    @Test
    void customerSignsInWithLegacyPasswordAndIsFoundAndEditedOnMariaDb() throws Exception {
        BrowserLogin browser = new BrowserLogin(realm, driver, loginPage);
        assertThat(browser.signIn("C0004", DemoCustomers.VERDI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0004");

        List<UserRepresentation> found = realm.admin().users().search("Luce", 0, 10);
        assertThat(found).extracting(UserRepresentation::getUsername).contains("c0006");

        UserRepresentation user =
                realm.admin().users().get(found.get(0).getId()).toRepresentation();
        user.getAttributes().put("phone", List.of("+39 051 1231231"));
        realm.admin().users().get(user.getId()).update(user);
        assertThat(crm.column("C0006", "phone")).contains("+39 051 1231231");
    }
}
