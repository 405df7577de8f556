package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.LoginForm;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.ResetPages;
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
import org.openqa.selenium.WebElement;

/**
 * The browser's Back and Reload buttons on the claim and reset steps, in Chromium: each ends on a fresh page that
 * works (never Keycloak's "Page has expired"), and the visitor carries on from there.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class FlowNavigationIT {

    private static final String DEMO_LOGIN = "demo";
    private static final String DEMO_PASSWORD = "Demo-Portale-2026";
    private static final String LUCE_VERDE_TAX_ID = "24681350013";
    private static final String LUCE_VERDE_INVOICE = "FTC-000106";
    /** The restart link of Keycloak's login-page-expired.ftl. */
    private static final By EXPIRED = By.id("loginRestartLink");
    /** The status region of the theme's template.ftl that says why a restarted flow is back at its first page. */
    private static final By RESTART_NOTICE = By.id("sportello-restart-notice");

    private static final String RESTARTED_IT =
            "La sessione su quella pagina è scaduta, perciò si riparte dall'inizio; ricomincia, per favore.";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;
    private ClaimPages claim;
    private ResetPages reset;
    private LoginForm form;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        claim = new ClaimPages(driver);
        reset = new ResetPages(driver);
        form = new LoginForm(driver);
    }

    @Test
    void backFromFirstAccessThenSignInSignsIn() throws Exception {
        PkceLogin login = openSignIn();
        form.submit(By.cssSelector("a[href*='login-actions/registration']"));
        assertThat(claim.isVerifyPage()).as("first-access page").isTrue();

        back();
        assertNotExpired();
        loginPage.fillLogin(DEMO_LOGIN, DEMO_PASSWORD);
        loginPage.submit();
        PageWaits.until(
                driver,
                d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT)
                        || !d.findElements(EXPIRED).isEmpty());
        assertNotExpired();
        assertThat(login.redeem(driver.getCurrentUrl()).getToken()).isNotBlank();
    }

    @Test
    void reloadOfTheClaimSummaryShowsItAgainAndTheClaimGoesOn() {
        openSignIn();
        form.submit(By.cssSelector("a[href*='login-actions/registration']"));
        claim.verify("C0006", LUCE_VERDE_TAX_ID, LUCE_VERDE_INVOICE);
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo("C0006");

        reload();
        assertNotExpired();
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo("C0006");
        claim.confirm();
        assertThat(claim.has("sportello-claim-create")).as("completion step").isTrue();
    }

    @Test
    void backFromTheResetAnswerThenAnotherRequestIsAnswered() {
        openSignIn();
        reset.openFromLoginPage();
        reset.requestLink("C0099");
        String answer = reset.alert();
        assertThat(answer).isNotBlank();

        back();
        assertNotExpired();
        if (!reset.isChooseUserPage()) {
            reset.openFromLoginPage();
        }
        reset.requestLink("C0098");
        assertNotExpired();
        assertThat(reset.alert()).isEqualTo(answer);
    }

    @Test
    void earlierClaimStepsAddressThenAFreshSignInPageThatSaysWhyOnce() {
        openSignIn();
        form.submit(By.cssSelector("a[href*='login-actions/registration']"));
        assertThat(claim.isVerifyPage()).as("first-access page").isTrue();
        String verifyStep = driver.findElement(By.cssSelector("form[action*='/login-actions/']"))
                .getAttribute("action");
        claim.verify("C0006", LUCE_VERDE_TAX_ID, LUCE_VERDE_INVOICE);
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo("C0006");

        // the first step's address again (a second tab, a bookmark): Keycloak's "Page has expired", which restarts
        driver.open(verifyStep);
        settled();
        assertNotExpired();
        PageWaits.until(driver, d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        WebElement notice = driver.findElement(RESTART_NOTICE);
        assertThat(notice.getAttribute("role")).as("the notice is announced").isEqualTo("status");
        assertThat(notice.getText().trim()).isEqualTo(RESTARTED_IT);

        // said once: the same page loaded again says nothing more, and the sign-in works
        reload();
        assertThat(driver.findElement(RESTART_NOTICE).getText()).isEmpty();
        loginPage.fillLogin(DEMO_LOGIN, DEMO_PASSWORD);
        loginPage.submit();
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
    }

    private PkceLogin openSignIn() {
        browser.signOut();
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        driver.open(login.authorizationUrl("it"));
        return login;
    }

    private void back() {
        driver.driver().navigate().back();
        settled();
    }

    /** Waits for the page, and for the new one when the restored page reloads itself or moves on. */
    private void settled() {
        for (int i = 0; i < 2; i++) {
            PageWaits.until(driver, d -> "complete"
                    .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void reload() {
        driver.driver().navigate().refresh();
        settled();
    }

    /** Keycloak's "Page has expired", if shown at all, must give way to a working page by itself. */
    private void assertNotExpired() {
        try {
            PageWaits.until(driver, d -> d.findElements(EXPIRED).isEmpty());
        } catch (org.openqa.selenium.TimeoutException stuck) {
            throw new AssertionError("stuck on Keycloak's \"Page has expired\" at " + driver.getCurrentUrl(), stuck);
        }
    }
}
