package it.sportello.it.support;

import java.util.List;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A customer signing in to a client through an identity provider in the browser: the client's authorization request
 * with {@code kc_idp_hint}, so the realm's Identity Provider Redirector sends the browser straight to the provider,
 * whose own (Keycloak) login form takes the credentials. Starts signed out of every realm involved.
 */
public final class BrokeredLogin {

    public static final String REDIRECT = BrowserLogin.PORTAL_REDIRECT;

    private final ManagedWebDriver driver;
    private final LoginPage providerLoginPage;
    private final List<ManagedRealm> realms;

    /** The realms' session cookies are scoped to their paths: each one is signed out of on its own. */
    public BrokeredLogin(ManagedWebDriver driver, LoginPage providerLoginPage, List<ManagedRealm> realms) {
        this.driver = driver;
        this.providerLoginPage = providerLoginPage;
        this.realms = realms;
        PortalApp.ensureRunning();
    }

    /**
     * Signs in at the identity provider for the client and waits for the answer: the client's redirect, or a page of
     * the client's realm that stays. Returns the PKCE login, to redeem the code when there is one.
     */
    public PkceLogin signIn(
            ManagedRealm clientRealm, String clientId, String providerAlias, String username, String password) {
        for (ManagedRealm realm : realms) {
            driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
            driver.cookies().deleteAll();
        }
        PkceLogin login = new PkceLogin(clientRealm.getBaseUrl(), clientId, REDIRECT);
        driver.open(login.authorizationUrl("it") + "&kc_idp_hint=" + providerAlias);
        providerLoginPage.fillLogin(username, password);
        WebElement page = PageChange.current(driver.driver());
        providerLoginPage.submit();
        PageWaits.until(driver, PageChange.replaced(page));
        PageWaits.until(
                driver,
                d -> d.getCurrentUrl().startsWith(REDIRECT)
                        || (d.getCurrentUrl().startsWith(clientRealm.getBaseUrl())
                                && !d.findElements(By.id("kc-page-title")).isEmpty()));
        return login;
    }

    public boolean reachedClient() {
        return driver.getCurrentUrl().startsWith(REDIRECT);
    }
}
