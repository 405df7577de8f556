package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * The family of page objects for the flows on the {@code sportello} login theme (claiming, recovery): what every
 * such page shows a visitor; each flow's own steps are in its subclass.
 */
public abstract class LoginThemePages {

    protected final ManagedWebDriver driver;
    protected final LoginForm form;

    protected LoginThemePages(ManagedWebDriver driver) {
        this.driver = driver;
        this.form = new LoginForm(driver);
    }

    public final String title() {
        return form.title();
    }

    /** What the browser's tab shows: the page's name and the realm's ("Attiva il tuo accesso online – Sportello"). */
    public final String documentTitle() {
        return driver.page().getTitle();
    }

    /** Whether the page offers the element with this id (a link back to sign-in, for example). */
    public final boolean has(String id) {
        return !driver.driver().findElements(By.id(id)).isEmpty();
    }

    /** The page's global alert, or empty. */
    public final String alert() {
        return form.alert();
    }

    public final String fieldError(String field) {
        return form.fieldError(field);
    }

    /** The trimmed text of the element with this id. */
    public final String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public final String pageSource() {
        return driver.page().getPageSource();
    }
}
