package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.TokenVerifier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * Proves the harness end to end: the exported customer-portal realm imports into a real Keycloak with every
 * Sportello jar deployed, the Sportello login theme renders in Italian and English, and the demo user gets a token
 * through the authorization-code flow with PKCE that portal web apps use.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class CustomerPortalRealmIT {

    private static final String PORTAL_CLIENT = "portal-web";
    private static final String PORTAL_REDIRECT = "http://localhost:3000/callback";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    /** Each journey starts signed out: an SSO cookie would skip the login page. */
    @BeforeEach
    void signedOut() {
        // a page under the realm path, so that the path-scoped session cookies are visible and deleted
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
    }

    @Test
    void serverLoadsTheSportelloThemesFromTheDeployedJar() {
        List<ThemeInfoRepresentation> loginThemes =
                admin.serverInfo().getInfo().getThemes().get("login");
        List<ThemeInfoRepresentation> emailThemes =
                admin.serverInfo().getInfo().getThemes().get("email");
        List<ThemeInfoRepresentation> accountThemes =
                admin.serverInfo().getInfo().getThemes().get("account");

        assertThat(loginThemes).extracting(ThemeInfoRepresentation::getName).contains("sportello");
        assertThat(emailThemes).extracting(ThemeInfoRepresentation::getName).contains("sportello");
        assertThat(accountThemes).extracting(ThemeInfoRepresentation::getName).contains("sportello");
    }

    @Test
    void serverLoadsEverySportelloProvider() {
        Map<String, SpiInfoRepresentation> spis = admin.serverInfo().getInfo().getProviders();

        assertThat(spis.get("storage").getProviders()).containsKey("sportello-crm");
        assertThat(spis.get("customer-directory").getProviders()).containsKey("jpa");
        assertThat(spis.get("authenticator").getProviders()).containsKey("sportello-username-password-form");
        assertThat(spis.get("credential").getProviders()).containsKey("sportello-security-question");
        assertThat(spis.get("required-action").getProviders()).containsKey("sportello-security-question");
        assertThat(spis.get("authenticator").getProviders())
                .containsKeys(
                        "sportello-claim-verify",
                        "sportello-claim-confirm",
                        "sportello-claim-complete",
                        "sportello-broker-link");
        assertThat(spis.get("realm-restapi-extension").getProviders()).containsKey("sportello-support");
        assertThat(spis.get("validator").getProviders())
                .containsKeys("sportello-codice-fiscale", "sportello-partita-iva", "sportello-tax-id");
        assertThat(spis.get("realm-restapi-extension").getProviders()).containsKeys("sportello-portal", "portal");
        assertThat(spis.get("admin-realm-restapi-extension").getProviders()).containsKey("sportello-portal");
        assertThat(spis.get("authenticator").getProviders())
                .containsKeys(
                        "sportello-reset-choose-user",
                        "sportello-reset-security-question",
                        "sportello-reset-sms-code",
                        "sportello-reset-recovery-email");
        assertThat(spis.get("required-action").getProviders())
                .containsKeys("sportello-verify-mobile", "sportello-verify-recovery-email");
        // the suite chooses the http sender (--spi-sportello-sms--provider): Keycloak then loads that one only
        assertThat(spis.get("sportello-sms").getProviders()).containsOnlyKeys("http");
        assertThat(spis.get("eventsListener").getProviders())
                .containsKeys("sportello-notifications", "sportello-reset-mail");
        assertThat(spis.get("actionTokenHandler").getProviders()).containsKey("sportello-email-change");
    }

    @Test
    void realmImportsWithThemesLocalesAndPortalClient() {
        var representation = realm.admin().toRepresentation();

        assertThat(representation.getLoginTheme()).isEqualTo("sportello");
        assertThat(representation.getEmailTheme()).isEqualTo("sportello");
        assertThat(representation.getAccountTheme()).isEqualTo("sportello");
        assertThat(representation.getSupportedLocales()).containsExactlyInAnyOrder("it", "en", "ro");
        assertThat(representation.getDefaultLocale()).isEqualTo("it");
        assertThat(representation.isBruteForceProtected()).isTrue();
        assertThat(representation.getBrowserFlow()).isEqualTo("sportello browser");
        assertThat(representation.getResetCredentialsFlow()).isEqualTo("sportello reset credentials");
        assertThat(representation.isResetPasswordAllowed()).isTrue();
        // one confirmation per password change: Keycloak's own email listener would send two; jboss-logging would
        // write every failed sign-in's typed username to the server log at WARN
        assertThat(representation.getEventsListeners())
                .contains("sportello-notifications")
                .doesNotContain("email", "jboss-logging");
        assertThat(realm.admin()
                        .flows()
                        .getRequiredAction("sportello-security-question")
                        .isEnabled())
                .isTrue();
        assertThat(realm.admin().flows().getRequiredActions())
                .extracting(action -> action.getAlias())
                .contains("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP", "UPDATE_PROFILE");
        assertThat(realm.admin().clients().findByClientId(PORTAL_CLIENT))
                .singleElement()
                .satisfies(client -> {
                    assertThat(client.isPublicClient()).isTrue();
                    assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
                });
    }

    @Test
    void loginPageRendersTheSportelloThemeInItalian() {
        driver.open(new PkceLogin(realm.getBaseUrl(), PORTAL_CLIENT, PORTAL_REDIRECT).authorizationUrl("it"));

        assertThat(footerText()).isEqualTo("Area clienti - forniture, bollette e richieste in un unico posto.");
        assertThat(driver.findElement(By.id("kc-page-title")).getText()).isEqualTo("Accedi all'area clienti");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    }

    @Test
    void loginPageRendersTheSportelloThemeInEnglish() {
        driver.open(new PkceLogin(realm.getBaseUrl(), PORTAL_CLIENT, PORTAL_REDIRECT).authorizationUrl("en"));

        assertThat(footerText()).isEqualTo("Customer area - your supplies, invoices and requests in one place.");
        assertThat(driver.findElement(By.id("kc-page-title")).getText()).isEqualTo("Sign in to your customer area");
    }

    @Test
    void loginPageRendersTheSportelloThemeInRomanian() {
        driver.open(new PkceLogin(realm.getBaseUrl(), PORTAL_CLIENT, PORTAL_REDIRECT).authorizationUrl("ro"));

        assertThat(footerText())
                .isEqualTo(
                        "Zona clienți - locurile de consum, facturile și solicitările dumneavoastră într-un singur loc.");
        assertThat(driver.findElement(By.id("kc-page-title")).getText()).isEqualTo("Autentificați-vă în zona clienți");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ro");
        // Keycloak's own Romanian says "Conecteazǎ-te" (tu, and ǎ for ă): the theme restates it
        assertThat(driver.findElement(By.id("kc-login")).getText()).isEqualTo("Autentificare");
    }

    @Test
    void demoUserLogsInThroughAuthorizationCodeWithPkce() throws Exception {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), PORTAL_CLIENT, PORTAL_REDIRECT);
        driver.open(login.authorizationUrl("it"));

        loginPage.fillLogin("demo", "Demo-Portale-2026");
        loginPage.submit();
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(PORTAL_REDIRECT));

        AccessTokenResponse tokens = login.redeem(driver.getCurrentUrl());
        AccessToken accessToken =
                TokenVerifier.create(tokens.getToken(), AccessToken.class).getToken();

        assertThat(tokens.getIdToken()).isNotBlank();
        assertThat(accessToken.getPreferredUsername()).isEqualTo("demo");
        assertThat(accessToken.getIssuer()).isEqualTo(realm.getBaseUrl());
        assertThat(accessToken.getIssuedFor()).isEqualTo(PORTAL_CLIENT);
    }

    private String footerText() {
        return driver.findElement(By.id("sportello-footer")).getText().trim();
    }
}
