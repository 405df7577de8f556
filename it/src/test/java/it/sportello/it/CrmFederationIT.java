package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.RealmUsers;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.SynchronizationResultRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.By;

/**
 * The CRM federation on a real Keycloak: CRM customers sign in with their legacy portal passwords (then migrated to
 * Keycloak's hash), admins find them by code and name, synchronization imports CRM changes, contact edits reach the
 * CRM, CRM data stays read-only, and the tax-ID validator guards the user profile.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class CrmFederationIT {

    /** C0003's email of record in the demo CRM, put back after the test that changes it. */
    private static final String LAURA_EMAIL = "laura.bianchi@example.com";

    /** The changed-users sync period of the periodic-sync test, in seconds. */
    private static final int SYNC_PERIOD_SECONDS = 5;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;
    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    @BeforeEach
    void setUp() throws Exception {
        browser = new BrowserLogin(realm, driver, loginPage);
        // the CRM outlives each class's realm; a migration in an earlier test cleared the hash
        DemoCustomers.restoreLegacyPasswords(crm);
    }

    @Test
    void legacyBcryptPasswordSignsInOnceThenKeycloakHashIsUsedAndLegacyHashIsCleared() throws Exception {
        AccessToken token = browser.signIn("C0001", DemoCustomers.ROSSI_PASSWORD);

        assertThat(token.getPreferredUsername()).isEqualTo("c0001");
        UserRepresentation user = RealmUsers.find(realm, "c0001");
        assertThat(user.getFederationLink()).isEqualTo(crmComponent().getId());
        assertThat(user.getAttributes()).containsEntry("customerCode", List.of("C0001"));
        assertThat(credentialTypes(user)).containsExactly(CredentialRepresentation.PASSWORD);
        assertThat(crm.column("C0001", "legacy_password_hash")).isEmpty();
        assertThat(crm.column("C0001", "legacy_password_algorithm")).isEmpty();

        // only Keycloak's own hash lets the customer in now
        assertThat(browser.signIn("c0001", DemoCustomers.ROSSI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0001");
    }

    @Test
    void legacyPasswordMigratedThenKeycloakPasswordRemovedThenLegacyPasswordNoLongerSignsIn() throws Exception {
        assertThat(browser.signIn("C0004", DemoCustomers.VERDI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0004");
        assertThat(crm.column("C0004", "legacy_password_hash")).isEmpty();
        assertThat(crm.column("C0004", "legacy_password_algorithm")).isEmpty();

        // an administrator removes the Keycloak password (say, to force a reset): the old portal password is gone
        UserRepresentation user = RealmUsers.find(realm, "c0004");
        realm.admin().users().get(user.getId()).credentials().stream()
                .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
                .forEach(c -> realm.admin().users().get(user.getId()).removeCredential(c.getId()));
        assertThat(credentialTypes(user)).isEmpty();

        browser.submit("C0004", DemoCustomers.VERDI_PASSWORD, "it");
        assertThat(driver.findElement(By.id("input-error-username")).getText())
                .isEqualTo("Nome utente o password non validi.");
        assertThat(credentialTypes(user)).isEmpty();
    }

    @Test
    void legacyHashLeftFromAnEarlierMigrationIsClearedAtTheNextSignIn() throws Exception {
        assertThat(browser.signIn("C0003", DemoCustomers.BIANCHI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0003");
        // migrated before hashes were cleared: the CRM still holds one
        DemoCustomers.restoreLegacyPasswords(crm);

        assertThat(browser.signIn("C0003", DemoCustomers.BIANCHI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0003");
        assertThat(crm.column("C0003", "legacy_password_hash")).isEmpty();
    }

    @Test
    void legacySaltedSha256AndPbkdf2PasswordsSignInAndWrongOnesAreRefused() throws Exception {
        browser.submit("C0004", "Verdi.2017", "it");
        assertThat(driver.findElement(By.id("input-error-username")).getText())
                .isEqualTo("Nome utente o password non validi.");
        assertThat(credentialTypes(RealmUsers.find(realm, "c0004"))).isEmpty();
        assertThat(realm.admin()
                        .getEvents(
                                List.of("LOGIN_ERROR"),
                                null,
                                RealmUsers.find(realm, "c0004").getId(),
                                null,
                                null,
                                null,
                                0,
                                10))
                .isNotEmpty();

        assertThat(browser.signIn("C0004", DemoCustomers.VERDI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0004");
        assertThat(browser.signIn(LAURA_EMAIL, DemoCustomers.BIANCHI_PASSWORD).getPreferredUsername())
                .isEqualTo("c0003");
    }

    @Test
    void adminSearchFindsCrmCustomersByCodeNameAndCompany() {
        assertThat(usernames(realm.admin().users().search("C0002", 0, 20))).contains("c0002");
        assertThat(usernames(realm.admin().users().search("Bianchi", 0, 20))).contains("c0003");
        assertThat(usernames(realm.admin().users().search("Acqua", 0, 20))).contains("c0002");
        assertThat(usernames(realm.admin().users().search("Nobody-by-that-name", 0, 20)))
                .isEmpty();
    }

    @Test
    void synchronizationImportsCustomersAndCrmChanges() throws Exception {
        ComponentRepresentation component = crmComponent();
        SynchronizationResultRepresentation full =
                realm.admin().userStorage().syncUsers(component.getId(), "triggerFullSync");
        assertThat(full.getFailed()).isZero();
        assertThat(RealmUsers.find(realm, "f0002").getAttributes())
                .containsEntry("supplier", List.of("true"))
                .containsEntry("prequalified", List.of("false"));

        crm.update("C0006", "phone", "+39 051 9999999");
        SynchronizationResultRepresentation changed =
                realm.admin().userStorage().syncUsers(component.getId(), "triggerChangedUsersSync");

        assertThat(changed.getUpdated()).isGreaterThanOrEqualTo(1);
        assertThat(RealmUsers.find(realm, "c0006").getAttributes()).containsEntry("phone", List.of("+39 051 9999999"));
    }

    @Test
    void crmChangeMadeBehindKeycloaksBackShowsWithinOnePeriodOfTheChangedUsersSync() throws Exception {
        ComponentRepresentation component = crmComponent();
        realm.admin().userStorage().syncUsers(component.getId(), "triggerFullSync");
        int suffix = 1_000_000 + new java.util.Random().nextInt(8_999_999);
        String phone = "+39 051 " + suffix;
        String email = "laura.bianchi." + suffix + "@example.com";
        component.getConfig().putSingle("changedSyncPeriod", String.valueOf(SYNC_PERIOD_SECONDS));
        realm.admin().components().component(component.getId()).update(component);
        try {
            crm.update("C0003", "phone", phone);
            crm.update("C0003", "email", email);
            long changedAt = System.nanoTime();

            // within one period after the change, plus the time a sync of the demo CRM takes
            long deadline = changedAt + TimeUnit.SECONDS.toNanos(SYNC_PERIOD_SECONDS + 5);
            UserRepresentation seen = RealmUsers.find(realm, "c0003");
            while (!(List.of(phone).equals(seen.getAttributes().get("phone")) && email.equals(seen.getEmail()))
                    && System.nanoTime() < deadline) {
                Thread.sleep(250);
                seen = RealmUsers.find(realm, "c0003");
            }
            assertThat(seen.getAttributes().get("phone"))
                    .as("Keycloak's copy of C0003's phone")
                    .containsExactly(phone);
            assertThat(seen.getEmail()).as("Keycloak's copy of C0003's email").isEqualTo(email);
        } finally {
            component.getConfig().putSingle("changedSyncPeriod", "-1");
            realm.admin().components().component(component.getId()).update(component);
            crm.update("C0003", "email", LAURA_EMAIL);
            realm.admin().userStorage().syncUsers(component.getId(), "triggerChangedUsersSync");
        }
    }

    @Test
    void contactEditsReachTheCrmAndCrmDataStaysReadOnly() throws Exception {
        UserRepresentation user = RealmUsers.find(realm, "c0005");
        user.setEmail("stefano.conti@example.com");
        user.getAttributes().put("phone", List.of("+39 011 7777777"));
        user.getAttributes().put("fax", List.of("+39 011 7777778"));
        realm.admin().users().get(user.getId()).update(user);

        assertThat(crm.column("C0005", "email")).contains("stefano.conti@example.com");
        assertThat(crm.column("C0005", "phone")).contains("+39 011 7777777");
        assertThat(crm.column("C0005", "fax")).contains("+39 011 7777778");

        UserRepresentation tampered = RealmUsers.find(realm, "c0005");
        tampered.getAttributes().put("taxId", List.of("RSSMRA85T10A562S"));
        assertThatThrownBy(() -> realm.admin().users().get(tampered.getId()).update(tampered))
                .isInstanceOf(BadRequestException.class);
        assertThat(crm.column("C0005", "tax_id")).contains("CNTSFN75M22L219F");
        assertThat(RealmUsers.find(realm, "c0005").getAttributes()).containsEntry("taxId", List.of("CNTSFN75M22L219F"));
    }

    @Test
    void customerEditsOwnPhoneThroughTheAccountApiAndTheCrmHasIt() throws Exception {
        assertThat(browser.signInRefused("C0002", null))
                .as("C0002 has no portal password yet; set one as admin first")
                .isTrue();

        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0002"), "Acqua-Chiara-2026");
        String accessToken = browser.signInForToken("C0002", "Acqua-Chiara-2026");
        HttpClient http = HttpClient.newHttpClient();
        URI account = URI.create(realm.getBaseUrl() + "/account/");
        HttpResponse<String> current = http.send(
                HttpRequest.newBuilder(account)
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(current.statusCode()).isEqualTo(200);

        UserRepresentation me = JsonSerialization.readValue(current.body(), UserRepresentation.class);
        me.getAttributes().put("phone", List.of("+39 02 1112233"));
        HttpResponse<String> saved = http.send(
                HttpRequest.newBuilder(account)
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(me)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        assertThat(crm.column("C0002", "phone")).contains("+39 02 1112233");
    }

    @Test
    void taxIdValidatorRejectsAWrongCodiceFiscaleOnALocalUser() {
        UserRepresentation wrong = localUser("operator-wrong", "RSSMRA85T10A562X");
        try (Response response = realm.admin().users().create(wrong)) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(String.class)).contains("sportelloTaxIdInvalidChecksum");
        }
        UserRepresentation right = localUser("operator-right", "RSSMRA85T10A562S");
        try (Response response = realm.admin().users().create(right)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
    }

    private static UserRepresentation localUser(String username, String taxId) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@sportello.example");
        user.setEnabled(true);
        user.setAttributes(Map.of("taxId", List.of(taxId)));
        return user;
    }

    private List<String> credentialTypes(UserRepresentation user) {
        return realm.admin().users().get(user.getId()).credentials().stream()
                .map(CredentialRepresentation::getType)
                .toList();
    }

    private ComponentRepresentation crmComponent() {
        return realm.admin().components().query(realm.getId(), "org.keycloak.storage.UserStorageProvider").stream()
                .filter(c -> "sportello-crm".equals(c.getProviderId()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> usernames(List<UserRepresentation> users) {
        return users.stream().map(UserRepresentation::getUsername).toList();
    }
}
