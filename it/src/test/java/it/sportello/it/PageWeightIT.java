package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.NetworkLog;
import it.sportello.it.support.NetworkLog.Request;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.openqa.selenium.By;

/**
 * What an anonymous visitor downloads (docs/production.md, page weight): the console's first page sends the visitor
 * to sign-in before a byte of the console's bundle, and the sign-in page stays within its budget. The figures are
 * the bodies as decoded, which do not depend on compression; the bytes on the wire in production mode, compressed
 * and not, are in docs/production.md.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PageWeightIT {

    /** The console's bundle: Vite's hashed JS and CSS under the account theme's assets/. */
    private static final String BUNDLE = "/account/sportello/assets/";
    /** The sign-in page's bodies with PatternFly 5 (1.57 MB + 0.2 MB of CSS) and its fonts: 1.93 MB in 26.7.3. */
    private static final long SIGN_IN_BUDGET = 2_000_000;
    /** The sign-in page plus the console's host page; before the change, the bundle added 2.06 MB. */
    private static final long CONSOLE_FIRST_PAGE_BUDGET = SIGN_IN_BUDGET + 20_000;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    private NetworkLog browser;

    @BeforeEach
    void startBrowser() {
        browser = NetworkLog.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void consoleAsAnonymousGoesToSignInBeforeRequestingTheBundle() {
        browser.open(realm.getBaseUrl() + "/account/");
        browser.waitFor(By.id("username"));

        List<Request> requests = browser.requests();
        assertThat(requests).extracting(Request::url).noneMatch(url -> url.contains(BUNDLE));
        assertThat(requests)
                .extracting(Request::url)
                .filteredOn(url -> url.endsWith("/protocol/openid-connect/auth"))
                .hasSize(1);
        assertThat(bodyBytes(requests)).as(describe(requests)).isLessThanOrEqualTo(CONSOLE_FIRST_PAGE_BUDGET);
    }

    @Test
    void signInPageStaysWithinItsBudgetWithoutTheParentsBackgroundDrawing() {
        browser.open(realm.getBaseUrl() + "/account/");
        browser.waitFor(By.id("username"));

        // the sign-in page: its own request and everything after it (a fresh browser: nothing comes from a cache)
        List<Request> all = browser.requests();
        List<Request> requests = all.subList(
                all.stream().map(Request::url).toList().indexOf(realm.getBaseUrl() + "/protocol/openid-connect/auth"),
                all.size());
        assertThat(requests).extracting(Request::url).noneMatch(url -> url.endsWith("keycloak-bg-darken.svg"));
        assertThat(requests).extracting(Request::url).anyMatch(url -> url.endsWith("patternfly.min.css"));
        assertThat(bodyBytes(requests)).as(describe(requests)).isLessThanOrEqualTo(SIGN_IN_BUDGET);
    }

    @Test
    void signInStartedBeforeTheBundleEndsInTheConsoleWithOneAuthorizationAndOneTokenRequest() {
        browser.open(realm.getBaseUrl() + "/account/personal-info");
        browser.type(By.id("username"), "demo");
        browser.type(By.id("password"), "Demo-Portale-2026");
        browser.click(By.id("kc-login"));

        // the deep link survives, and keycloak-js took the state the host page stored: no second round trip
        browser.waitFor(By.cssSelector("[data-testid='nav-supply-points']"));
        browser.waitForUrl(url -> url.endsWith("/account/personal-info"));
        // the page itself, once its data came (Keycloak's own personal-info form: the demo user is no CRM customer),
        // and the console still around it
        browser.waitFor(By.cssSelector("#firstName, [name='firstName'], [data-testid='firstName']"));
        browser.waitFor(By.cssSelector("[data-testid='nav-supply-points']"));
        List<Request> requests = browser.requests();
        assertThat(requests)
                .extracting(Request::url)
                .filteredOn(url -> url.endsWith("/protocol/openid-connect/auth"))
                .as(describe(requests))
                .hasSize(1);
        assertThat(requests)
                .extracting(Request::url)
                .filteredOn(url -> url.endsWith("/protocol/openid-connect/token"))
                .hasSize(1);
        assertThat(requests).extracting(Request::url).anyMatch(url -> url.contains(BUNDLE));
    }

    private static long bodyBytes(List<Request> requests) {
        return requests.stream().mapToLong(Request::bodyBytes).sum();
    }

    private static String describe(List<Request> requests) {
        StringBuilder text = new StringBuilder("requests:");
        requests.forEach(
                r -> text.append("\n  ").append(r.bodyBytes()).append(' ').append(r.url()));
        return text.toString();
    }
}
