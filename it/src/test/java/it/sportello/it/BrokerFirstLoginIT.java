package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrokerPages;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageChange;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.TokenVerifier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sign-in with a national digital identity, on a real Keycloak in the browser: a second realm acts as the identity
 * provider (OpenID Connect, the tax ID in the {@code fiscalNumber} claim as SPID sends it) and the customer realm's
 * first broker login flow links the brokered identity to the CRM customer. One unclaimed customer file: summary,
 * linked, signed in, and the next sign-in goes straight in; a customer with portal access: only after the password;
 * several files: the customer code chooses; none: a page with the claim's and support links, nothing created.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class BrokerFirstLoginIT {

    private static final String IDP = "national-id";
    private static final String UNCLAIMED_CODE = "B9001";
    private static final String UNCLAIMED_EMAIL = "b9001@broker.example";
    private static final String LINKED_SUBJECT_IT = "Un’identità digitale è stata collegata al tuo account";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private RealmResource nationalId;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private BrokerPages pages;
    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);

    @BeforeEach
    void setUp() throws Exception {
        nationalId = NationalIdRealm.ensure(admin);
        browser = new BrowserLogin(realm, driver, loginPage);
        pages = new BrokerPages(driver);
        DemoCustomers.restoreLegacyPasswords(crm);
        crm.execute("delete from customer where customer_code in ('B9001', 'B9002', 'B9003')");
        customer(UNCLAIMED_CODE, "Marta", NationalIdRealm.UNCLAIMED_TAX_ID, UNCLAIMED_EMAIL);
        customer("B9002", "Luca", NationalIdRealm.SEVERAL_TAX_ID, "b9002@broker.example");
        customer("B9003", "Luca", NationalIdRealm.SEVERAL_TAX_ID, "b9003@broker.example");
        identityProvider();
    }

    @Test
    void unclaimedCustomerThenSummaryLinkedSignedInNoticeSentAndNextSignInGoesStraightIn() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        PkceLogin login = signInAtIdentityProvider(NationalIdRealm.UNCLAIMED);

        pages.await("sportello-broker-summary");
        assertThat(pages.text("sportello-broker-summary-code")).isEqualTo(UNCLAIMED_CODE);
        assertThat(pages.text("sportello-broker-summary-name")).isEqualTo("Marta Brokeri");
        // the claim's masks: street initial and number, town; the address of the notice
        assertThat(pages.text("sportello-broker-summary-address")).isEqualTo("Via R. 5, Pisa");
        assertThat(pages.text("sportello-broker-confirm-notice")).contains("b***@broker.example");
        pages.confirm();

        String accessToken = reachPortal(login, mailsBefore);
        assertThat(parse(accessToken).getPreferredUsername()).isEqualTo("b9001");
        UserRepresentation user = realm.admin().users().search("b9001", true).get(0);
        assertThat(realm.admin().users().get(user.getId()).getFederatedIdentity())
                .extracting(
                        FederatedIdentityRepresentation::getIdentityProvider,
                        FederatedIdentityRepresentation::getUserName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IDP, NationalIdRealm.UNCLAIMED));
        assertThat(Mails.plainText(awaitMail(UNCLAIMED_EMAIL, LINKED_SUBJECT_IT)))
                .contains("/sportello-support")
                .doesNotContain(NationalIdRealm.UNCLAIMED_TAX_ID, UNCLAIMED_CODE);
        assertThat(events("FEDERATED_IDENTITY_LINK"))
                .extracting(EventRepresentation::getUserId)
                .contains(user.getId());
        assertNoTaxIdInEvents(NationalIdRealm.UNCLAIMED_TAX_ID);

        // the account console's linked accounts show the link
        HttpResponse<String> linked = account("GET", "/linked-accounts", accessToken);
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("\"providerAlias\":\"" + IDP + "\"", "\"connected\":true");

        // the next sign-in with the identity provider goes straight to the linked account
        PkceLogin again = signInAtIdentityProvider(NationalIdRealm.UNCLAIMED);
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        assertThat(parse(again.redeem(driver.getCurrentUrl()).getToken()).getPreferredUsername())
                .isEqualTo("b9001");

        // Keycloak's account REST lets a CRM account (federated: Keycloak counts the CRM as another way in) remove its
        // only link although it has no password; the customer then sets one with the reset (docs/spid.md)
        assertThat(account("DELETE", "/linked-accounts/" + IDP, accessToken).statusCode())
                .isEqualTo(204);
        assertThat(realm.admin().users().get(user.getId()).getFederatedIdentity())
                .isEmpty();
    }

    @Test
    void claimedCustomerThenLinkedOnlyAfterTheExistingPassword() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        PkceLogin login = signInAtIdentityProvider(NationalIdRealm.CLAIMED);

        // Keycloak's own confirmation, then its re-authentication: nothing linked before the password
        PageWaits.until(driver, d -> !d.findElements(By.id("linkAccount")).isEmpty());
        UserRepresentation user = realm.admin().users().search("c0001", true).get(0);
        assertThat(realm.admin().users().get(user.getId()).getFederatedIdentity())
                .isEmpty();
        driver.findElement(By.id("linkAccount")).click();
        PageWaits.until(driver, d -> !d.findElements(By.id("password")).isEmpty());
        loginPage.fillPassword("wrong-password-1");
        WebElement page = PageChange.current(driver.driver());
        loginPage.submit();
        PageWaits.until(driver, PageChange.replaced(page));
        assertThat(driver.driver().findElements(By.id("password")))
                .as("the password asked again")
                .isNotEmpty();
        assertThat(realm.admin().users().get(user.getId()).getFederatedIdentity())
                .isEmpty();
        loginPage.fillPassword(DemoCustomers.ROSSI_PASSWORD);
        loginPage.submit();

        assertThat(parse(reachPortal(login, mailsBefore)).getPreferredUsername())
                .isEqualTo("c0001");
        assertThat(realm.admin().users().get(user.getId()).getFederatedIdentity())
                .extracting(FederatedIdentityRepresentation::getIdentityProvider)
                .containsExactly(IDP);
        assertNoTaxIdInEvents(NationalIdRealm.CLAIMED_TAX_ID);
    }

    @Test
    void severalCustomerFilesThenTheCustomerCodeChoosesAndAnotherCodeIsRefused() throws Exception {
        signInAtIdentityProvider(NationalIdRealm.SEVERAL);

        pages.await("sportello-broker-choose");
        assertThat(pages.title()).isEqualTo("Quale cliente sei?");
        // a code of another tax ID (the demo's Mario Rossi) is refused like an unknown one
        pages.chooseCode("C0001");
        assertThat(pages.fieldError("customerCode"))
                .isEqualTo(
                        "Questo codice cliente non è tra quelli del tuo codice fiscale. Controllalo sulla bolletta.");
        assertThat(errors()).contains("sportello_broker_wrong_code");

        pages.chooseCode(" b 9003 ");
        pages.await("sportello-broker-summary");
        assertThat(pages.text("sportello-broker-summary-code")).isEqualTo("B9003");
        pages.notMe();
        pages.await("sportello-broker-none");
        assertThat(pages.text("sportello-broker-none"))
                .isEqualTo("Non abbiamo collegato la tua identità digitale a nessun account.");
        assertThat(realm.admin().users().search("b9003", true))
                .allSatisfy(u -> assertThat(realm.admin().users().get(u.getId()).getFederatedIdentity())
                        .isEmpty());
        assertNoTaxIdInEvents(NationalIdRealm.SEVERAL_TAX_ID);
    }

    @Test
    void noCustomerFileThenPageWithClaimAndSupportLinksAndNothingCreated() throws Exception {
        int usersBefore = realm.admin().users().count();
        signInAtIdentityProvider(NationalIdRealm.NONE);

        pages.await("sportello-broker-none");
        assertThat(pages.title()).isEqualTo("Nessun account collegato");
        assertThat(pages.text("sportello-broker-none"))
                .isEqualTo(
                        "Al tuo codice fiscale non corrisponde nessun cliente. Non abbiamo creato né collegato nulla.");
        assertThat(driver.findElement(By.id("sportello-broker-none-claim")).getAttribute("href"))
                .contains("/login-actions/registration");
        assertThat(driver.findElement(By.id("sportello-broker-none-support")).getAttribute("href"))
                .contains("/sportello-support");
        assertThat(realm.admin().users().search(NationalIdRealm.NONE, true)).isEmpty();
        assertThat(realm.admin().users().count()).isEqualTo(usersBefore);
        assertThat(errors()).contains("sportello_broker_no_customer");
        assertNoTaxIdInEvents(NationalIdRealm.NONE_TAX_ID);
    }

    /** Opens the portal's sign-in with the identity provider chosen and signs in there; back at the customer realm. */
    private PkceLogin signInAtIdentityProvider(String username) {
        browser.signOut();
        // and out of the identity provider's realm too: its session of the previous test's person (a cookie under
        // that realm's path, which the browser keeps) would sign that person in again without showing the form
        nationalId.logoutAll();
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        driver.open(login.authorizationUrl("it") + "&kc_idp_hint=" + IDP);
        PageWaits.until(driver, d -> d.getCurrentUrl().contains("/realms/" + NationalIdRealm.NAME + "/"));
        loginPage.fillLogin(username, NationalIdRealm.PASSWORD);
        loginPage.submit();
        PageWaits.until(driver, d -> !d.getCurrentUrl().contains("/realms/" + NationalIdRealm.NAME + "/"));
        return login;
    }

    /** The portal's redirect; through the email of record's verification link when the realm asks for it first. */
    private String reachPortal(PkceLogin login, int mailsBefore) throws Exception {
        PageWaits.until(
                driver,
                d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT)
                        || d.getCurrentUrl().contains("required-action"));
        if (!driver.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT)) {
            PageWaits.until(driver, d -> {
                try {
                    return Mails.withActionLink(mail, mailsBefore) != null;
                } catch (Exception | AssertionError notYet) {
                    return false;
                }
            });
            driver.open(Mails.actionLink(Mails.withActionLink(mail, mailsBefore)));
            PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        }
        return login.redeem(driver.getCurrentUrl()).getToken();
    }

    private MimeMessage awaitMail(String recipient, String subject) {
        return PageWaits.until(driver, d -> Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
                                && subject.equals(m.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null));
    }

    private List<EventRepresentation> events(String type) {
        return realm.admin().getEvents(List.of(type), null, null, null, null, null, 0, 100);
    }

    private List<String> errors() {
        return realm.admin().getEvents(null, null, null, null, null, null, 0, 200).stream()
                .map(EventRepresentation::getError)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void assertNoTaxIdInEvents(String taxId) {
        assertThat(realm.admin().getEvents(null, null, null, null, null, null, 0, 200))
                .extracting(e -> String.valueOf(e.getDetails()).toUpperCase(Locale.ROOT))
                .noneMatch(details -> details.contains(taxId));
    }

    private HttpResponse<String> account(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void customer(String code, String firstName, String taxId, String email) throws Exception {
        crm.execute(
                "insert into customer (customer_code, kind, first_name, last_name, tax_id, email, street, postal_code,"
                        + " city, province, supplier, prequalified, updated_at)"
                        + " values (?, 'PERSON', ?, 'Brokeri', ?, ?, 'Via Roma 5', '56100', 'Pisa', 'PI', false, false, ?)",
                code,
                firstName,
                taxId,
                email,
                Timestamp.from(Instant.now()));
    }

    /** The customer realm's broker: OpenID Connect to the national-id realm, the claim imported by a mapper. */
    private void identityProvider() {
        String issuer = realm.getBaseUrl().replace("/realms/" + realm.getName(), "/realms/" + NationalIdRealm.NAME);
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(IDP);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setFirstBrokerLoginFlowAlias("sportello first broker login");
        idp.setConfig(new java.util.HashMap<>(Map.ofEntries(
                Map.entry("clientId", NationalIdRealm.CLIENT),
                Map.entry("clientSecret", NationalIdRealm.CLIENT_SECRET),
                Map.entry("clientAuthMethod", "client_secret_post"),
                Map.entry("issuer", issuer),
                Map.entry("authorizationUrl", issuer + "/protocol/openid-connect/auth"),
                Map.entry("tokenUrl", issuer + "/protocol/openid-connect/token"),
                Map.entry("userInfoUrl", issuer + "/protocol/openid-connect/userinfo"),
                Map.entry("jwksUrl", issuer + "/protocol/openid-connect/certs"),
                Map.entry("useJwksUrl", "true"),
                Map.entry("validateSignature", "true"),
                Map.entry("defaultScope", "openid"),
                Map.entry("syncMode", "IMPORT"))));
        try (jakarta.ws.rs.core.Response created =
                realm.admin().identityProviders().create(idp)) {
            assertThat(created.getStatus())
                    .as(() -> created.readEntity(String.class))
                    .isEqualTo(201);
        }
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName("fiscalNumber");
        mapper.setIdentityProviderAlias(IDP);
        mapper.setIdentityProviderMapper("oidc-user-attribute-idp-mapper");
        mapper.setConfig(Map.of("claim", "fiscalNumber", "user.attribute", "fiscalNumber", "syncMode", "INHERIT"));
        try (jakarta.ws.rs.core.Response created =
                realm.admin().identityProviders().get(IDP).addMapper(mapper)) {
            assertThat(created.getStatus())
                    .as(() -> created.readEntity(String.class))
                    .isEqualTo(201);
        }
    }

    private static AccessToken parse(String token) throws Exception {
        return TokenVerifier.create(token, AccessToken.class).getToken();
    }
}
