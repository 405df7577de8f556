package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrokeredLogin;
import it.sportello.it.support.PkceLogin;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.TokenVerifier;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * Level of assurance through a broker: a second realm stands in for the national identity provider (OpenID Connect,
 * its ID token's {@code acr} taken from the person's SPID level), and a client of the customers' realm requires SPID
 * level 2 through Keycloak's ACR to LoA mapping and minimum ACR. The post-broker-login flow holds Sportello's
 * assurance step; Keycloak's own first-broker-login flow creates the local user, so nothing of the CRM is involved.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class BrokerAssuranceIT {

    @InjectRealm(ref = BrokerAssuranceSetup.NATIONAL_ID, config = NationalIdRealm.class)
    ManagedRealm nationalId;

    @InjectRealm(ref = BrokerAssuranceSetup.CUSTOMERS, config = CustomersRealm.class)
    ManagedRealm customers;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrokeredLogin browser;

    @BeforeEach
    void setUp() {
        new BrokerAssuranceSetup(nationalId, customers).ensure();
        browser = new BrokeredLogin(driver, loginPage, List.of(nationalId, customers));
    }

    @Test
    void signInWithSpidLevelTwoWhereClientNeedsTwoThenSignedInAndTokensCarryTheLevel() throws Exception {
        PkceLogin login = browser.signIn(
                customers,
                BrokerAssuranceSetup.CLIENT,
                BrokerAssuranceSetup.IDP_ALIAS,
                BrokerAssuranceSetup.LEVEL_TWO_USER,
                BrokerAssuranceSetup.PASSWORD);

        assertThat(browser.reachedClient())
                .as("signed in, not stopped at %s", driver.getCurrentUrl())
                .isTrue();
        AccessTokenResponse tokens = login.redeem(driver.getCurrentUrl());
        AccessToken access =
                TokenVerifier.create(tokens.getToken(), AccessToken.class).getToken();
        IDToken id = TokenVerifier.create(tokens.getIdToken(), IDToken.class).getToken();
        assertThat(access.getAcr()).as("access token acr").isEqualTo(BrokerAssuranceSetup.SPID_L2);
        assertThat(id.getAcr()).as("ID token acr").isEqualTo(BrokerAssuranceSetup.SPID_L2);
        assertThat(access.getOtherClaims())
                .as("the provider's own reference, kept as a user session note")
                .containsEntry(BrokerAssuranceSetup.SESSION_NOTE_CLAIM, BrokerAssuranceSetup.SPID_L2);
    }

    @Test
    void signInWithSpidLevelOneWhereClientNeedsTwoThenRefusedWithPageAndEventAndNoSession() throws Exception {
        browser.signIn(
                customers,
                BrokerAssuranceSetup.CLIENT,
                BrokerAssuranceSetup.IDP_ALIAS,
                BrokerAssuranceSetup.LEVEL_ONE_USER,
                BrokerAssuranceSetup.PASSWORD);

        assertThat(browser.reachedClient()).as("refused").isFalse();
        assertThat(driver.findElement(By.cssSelector("#kc-error-message p.instruction"))
                        .getText())
                .isEqualTo(loginText("it", "sportelloAssuranceTooLow"));

        List<EventRepresentation> events = customers
                .admin()
                .getEvents(
                        List.of("IDENTITY_PROVIDER_POST_LOGIN_ERROR", "IDENTITY_PROVIDER_FIRST_LOGIN_ERROR"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        100);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.getError()).isEqualTo("sportello_assurance_too_low");
            assertThat(event.getDetails())
                    .containsEntry("assurance_given", "1")
                    .containsEntry("assurance_required", "2")
                    .containsEntry("assurance_reference", BrokerAssuranceSetup.SPID_L1);
        });
        List<UserRepresentation> linked = customers.admin().users().search(BrokerAssuranceSetup.LEVEL_ONE_USER, true);
        assertThat(linked).as("linked by the first broker login").hasSize(1);
        assertThat(customers.admin().users().get(linked.get(0).getId()).getUserSessions())
                .as("no session")
                .isEmpty();
    }

    /** A text of the login pages as the server has it: the Sportello jars' message bundles. */
    private static String loginText(String language, String key) throws Exception {
        String resource = "theme-resources/messages/messages_" + language + ".properties";
        for (URL url : Collections.list(BrokerAssuranceIT.class.getClassLoader().getResources(resource))) {
            Properties bundle = new Properties();
            try (InputStream in = url.openStream()) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (bundle.containsKey(key)) {
                return bundle.getProperty(key);
            }
        }
        throw new AssertionError("no text for " + key + " in " + resource);
    }

    /** The national identity provider's realm; its client and persons are added by {@link BrokerAssuranceSetup}. */
    public static final class NationalIdRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm;
        }
    }

    /** The customers' realm, in Sportello's login theme and Italian, with events stored. */
    public static final class CustomersRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.eventsEnabled(true)
                    .internationalizationEnabled(true)
                    .supportedLocales("it", "en", "ro")
                    .defaultLocale("it")
                    .update(r -> r.setLoginTheme("sportello"));
        }
    }
}
