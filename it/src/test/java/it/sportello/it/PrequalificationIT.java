package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import it.sportello.it.support.ResetHttpSession;
import it.sportello.it.support.SignInHttpSession;
import it.sportello.it.support.SignInHttpSession.Attempt;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.By;

/**
 * The supplier prequalification lifecycle on a real Keycloak with the demo CRM, the flag flipped in the CRM as its
 * staff would: F0002 (Servizi Sud, not prequalified) cannot claim and cannot sign in, and learns why only after it
 * proved who it is; F0001 (Impianti Nord, prequalified) signs in and calls the portal until the CRM withdraws the
 * flag, when the portal answers 403 and the session ends at the next token refresh (the suite re-checks at every token
 * request: {@code recheck-minutes} 0). Setting the flag again is enough to get in: no admin step. The reset's gate is
 * the same code, proven by {@code ResetCredentialsIT#resetWhenSupplierNotPrequalifiedThenSamePageAsUnknownAccountAndNoMail}.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PrequalificationIT {

    private static final String NO_MATCH_IT =
            "Non troviamo un cliente con questi dati. Controllali sulla bolletta e riprova.";
    private static final String WRONG_PASSWORD_IT = "Nome utente o password non validi.";
    private static final String SERVIZI_SUD_PARTITA_IVA = "76543210587";
    /** An invoice the test gives Servizi Sud for the claim's proof of possession (the demo has none for it). */
    private static final String SERVIZI_SUD_INVOICE = "FTC-000902";

    private static final String SUPPLIER_PASSWORD = "Fornitore-Portale-2026";

    /** A new realm for every test: the suppliers' Keycloak accounts and passwords go with it. */
    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private BrowserLogin browser;

    @BeforeEach
    void setUp() throws Exception {
        // the CRM outlives the realms: the demo's flags, whatever an interrupted run left
        crm.updateFlag("F0001", "prequalified", true);
        crm.updateFlag("F0002", "prequalified", false);
        browser = new BrowserLogin(realm, driver, loginPage);
    }

    @Test
    void
            claimWhenSupplierNotPrequalifiedThenNoMatchUntilEverythingMatchedThenPrequalificationPageAndNothingCreatedAlsoWhenWithdrawnBeforeTheLastStep()
                    throws Exception {
        FlowConfigs.claimVerify(realm, Map.of("captchaAfterFailures", "0"));
        crm.insertInvoiceToday("F0002", SERVIZI_SUD_INVOICE);
        try {
            ClaimPages claim = openClaim();
            claim.verify("F0002", "12345670157", SERVIZI_SUD_INVOICE);
            assertThat(claim.alert()).as("wrong tax ID").isEqualTo(NO_MATCH_IT);
            claim.verify("F0002", SERVIZI_SUD_PARTITA_IVA, "FTC-000106");
            assertThat(claim.alert()).as("another customer's invoice").isEqualTo(NO_MATCH_IT);
            assertThat(claim.has("sportello-not-prequalified")).isFalse();

            claim.verify("F0002", SERVIZI_SUD_PARTITA_IVA, SERVIZI_SUD_INVOICE);
            assertThat(claim.text("sportello-not-prequalified")).contains("dopo la prequalifica");
            assertThat(driver.findElement(By.id("sportello-not-prequalified-support"))
                            .getAttribute("href"))
                    .contains("/sportello-support");
            assertThat(claim.has("sportello-claim-confirm-yes")).isFalse();
            // the administrator's lookup imports the CRM customer itself: it has no password, nothing was claimed
            UserRepresentation looked = RealmUsers.find(realm, "f0002");
            assertThat(realm.admin().users().get(looked.getId()).credentials())
                    .as("nothing created for the supplier")
                    .isEmpty();
            assertThat(events("REGISTER_ERROR"))
                    .extracting(EventRepresentation::getError)
                    .contains("sportello_not_prequalified");

            // the CRM prequalifies it: the next claim goes on, with no admin step
            crm.updateFlag("F0002", "prequalified", true);
            claim = openClaim();
            claim.verify("F0002", SERVIZI_SUD_PARTITA_IVA, SERVIZI_SUD_INVOICE);
            assertThat(claim.has("sportello-claim-confirm-yes")).isTrue();

            // withdrawn again before the claim is written: the last step creates nothing and says why
            crm.updateFlag("F0002", "prequalified", false);
            claim.confirm();
            claim.complete(null, "Servizi-Sud-2026", "Servizi-Sud-2026");
            assertThat(claim.text("sportello-not-prequalified")).contains("dopo la prequalifica");
            assertThat(realm.admin().users().get(looked.getId()).credentials())
                    .as("nothing written at the last step")
                    .isEmpty();
        } finally {
            crm.updateFlag("F0002", "prequalified", false);
            crm.deleteInvoice(SERVIZI_SUD_INVOICE);
        }
    }

    @Test
    void signInWhenSupplierNotPrequalifiedThenWrongPasswordLikeAnyOtherAndRightPasswordThePrequalificationPage()
            throws Exception {
        UserRepresentation supplier = RealmUsers.find(realm, "f0002");
        RealmUsers.setPassword(realm, supplier, SUPPLIER_PASSWORD);
        UserRepresentation customer = RealmUsers.find(realm, "c0003");
        RealmUsers.setPassword(realm, customer, SUPPLIER_PASSWORD);
        SignInHttpSession visitor = new SignInHttpSession(
                new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                        .authorizationUrl("it"));

        Attempt wrongForSupplier = visitor.signIn("F0002", "Sbagliata-2026");
        Attempt wrongForCustomer = visitor.signIn("C0003", "Sbagliata-2026");
        assertThat(wrongForSupplier.status()).isEqualTo(wrongForCustomer.status());
        assertThat(wrongForSupplier.body()).contains(WRONG_PASSWORD_IT).doesNotContain("sportello-not-prequalified");
        assertThat(comparable(wrongForSupplier, "F0002").lines())
                .containsExactlyElementsOf(
                        comparable(wrongForCustomer, "C0003").lines().toList());

        Attempt right = visitor.signIn("F0002", SUPPLIER_PASSWORD);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body())
                .contains("id=\"sportello-not-prequalified\"", "dopo la prequalifica", "sportello-support")
                .doesNotContain(WRONG_PASSWORD_IT);
        assertThat(events("LOGIN_ERROR"))
                .filteredOn(event -> supplier.getId().equals(event.getUserId()))
                .extracting(EventRepresentation::getError)
                .contains("sportello_not_prequalified");
        assertThat(realm.admin().users().get(supplier.getId()).getUserSessions())
                .isEmpty();
    }

    @Test
    void prequalificationWithdrawnThenPortal403SessionEndsAtRefreshNoSignInAndGivenAgainThenSignInWorks()
            throws Exception {
        UserRepresentation supplier = RealmUsers.find(realm, "f0001");
        RealmUsers.setPassword(realm, supplier, SUPPLIER_PASSWORD);
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        try {
            AccessTokenResponse tokens = signIn("F0001");
            assertThat(portal.get("/me", tokens.getToken()).statusCode()).isEqualTo(200);
            tokens = refresh(tokens.getRefreshToken()).orElseThrow();

            crm.updateFlag("F0001", "prequalified", false);
            HttpResponse<String> refused = portal.get("/me", tokens.getToken());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(PortalClient.json(refused).path("type").asText())
                    .isEqualTo("urn:sportello:problem:not-prequalified");
            // the next token request ends the session: a later refresh is refused, the tokens open nothing
            AccessTokenResponse last = refresh(tokens.getRefreshToken()).orElse(tokens);
            assertThat(refresh(last.getRefreshToken())).isEmpty();
            assertThat(realm.admin().users().get(supplier.getId()).getUserSessions())
                    .isEmpty();
            assertThat(portal.get("/me", last.getToken()).statusCode()).isEqualTo(401);
            browser.submit("F0001", SUPPLIER_PASSWORD, "it");
            assertThat(driver.driver().findElements(By.id("sportello-not-prequalified")))
                    .hasSize(1);

            // the CRM gives the flag back: the next sign-in works, with no admin step
            crm.updateFlag("F0001", "prequalified", true);
            assertThat(portal.get("/me", signIn("F0001").getToken()).statusCode())
                    .isEqualTo(200);
        } finally {
            crm.updateFlag("F0001", "prequalified", true);
        }
    }

    private ClaimPages openClaim() {
        browser.signOut();
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        driver.open(login.registrationUrl("it"));
        return new ClaimPages(driver);
    }

    private AccessTokenResponse signIn(String username) throws Exception {
        PkceLogin login = browser.submit(username, SUPPLIER_PASSWORD, "it");
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        return login.redeem(driver.getCurrentUrl());
    }

    /** The portal app's refresh; empty when the token endpoint refuses it. */
    private java.util.Optional<AccessTokenResponse> refresh(String refreshToken) throws Exception {
        String form = "grant_type=refresh_token&client_id=" + BrowserLogin.PORTAL_CLIENT + "&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            assertThat(response.statusCode()).isEqualTo(400);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(JsonSerialization.readValue(response.body(), AccessTokenResponse.class));
    }

    private static String comparable(Attempt attempt, String username) {
        return ResetHttpSession.comparable(attempt.body().replace(username, ""));
    }

    private List<EventRepresentation> events(String type) {
        return realm.admin().getEvents(List.of(type), null, null, null, null, null, 0, 100);
    }
}
