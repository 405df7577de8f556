package it.sportello.it.support;

import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A customer signing in to the portal web app in the browser: authorization code with PKCE through the realm's login
 * page. Starts from a signed-out browser each time.
 */
public final class BrowserLogin {

    public static final String PORTAL_CLIENT = "portal-web";
    public static final String PORTAL_REDIRECT = "http://localhost:3000/callback";

    private final ManagedRealm realm;
    private final ManagedWebDriver driver;
    private final LoginPage loginPage;

    public BrowserLogin(ManagedRealm realm, ManagedWebDriver driver, LoginPage loginPage) {
        this.realm = realm;
        this.driver = driver;
        this.loginPage = loginPage;
        PortalApp.ensureRunning();
    }

    /** Deletes the realm's session cookies, which are scoped to the realm path. */
    public void signOut() {
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
    }

    /** Opens the login page of a fresh authorization request and submits the credentials. */
    public PkceLogin submit(String username, String password, String uiLocale) {
        signOut();
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), PORTAL_CLIENT, PORTAL_REDIRECT);
        driver.open(login.authorizationUrl(uiLocale));
        loginPage.fillLogin(username, password);
        // the answer comes after the sign-in's failure floor: wait until it replaced this page, so that what the
        // caller reads next is the answer and not the form it submitted
        WebElement page = PageChange.current(driver.driver());
        loginPage.submit();
        PageWaits.until(driver, PageChange.replaced(page));
        return login;
    }

    /** Signs in and returns the access token the portal app would get; fails if the login page does not let go. */
    public AccessToken signIn(String username, String password) throws Exception {
        PkceLogin login = submit(username, password, "it");
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(PORTAL_REDIRECT));
        AccessTokenResponse tokens = login.redeem(driver.getCurrentUrl());
        return parse(tokens.getToken());
    }

    /**
     * Signs in and returns the raw access token; fails with the sign-in page's message when the page refuses (stays
     * on the form).
     */
    public String signInForToken(String username, String password) throws Exception {
        PkceLogin login = submit(username, password, "it");
        if (!reachesPortal()) {
            throw new AssertionError("sign-in of " + username + " refused: " + new LoginForm(driver).alert() + " ("
                    + driver.getCurrentUrl() + ")");
        }
        return login.redeem(driver.getCurrentUrl()).getToken();
    }

    /** True when the sign-in page refuses these credentials (stays on a Keycloak page). A null password submits none. */
    public boolean signInRefused(String username, String password) {
        submit(username, password == null ? "" : password, "it");
        return !reachesPortal();
    }

    /** After the submit: the portal's redirect, or a Keycloak page (the form again, a required action) that stays. */
    private boolean reachesPortal() {
        PageWaits.until(
                driver,
                d -> d.getCurrentUrl().startsWith(PORTAL_REDIRECT)
                        || !d.findElements(By.id("kc-page-title")).isEmpty());
        return driver.getCurrentUrl().startsWith(PORTAL_REDIRECT);
    }

    private static AccessToken parse(String token) throws VerificationException {
        return TokenVerifier.create(token, AccessToken.class).getToken();
    }
}
