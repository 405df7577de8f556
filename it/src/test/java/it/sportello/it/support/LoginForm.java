package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * What every page of the {@code sportello} login theme offers a test, whichever flow shows it: type into a field,
 * submit and wait for the next page, read the title, the global message and a field's error.
 */
public final class LoginForm {

    private final ManagedWebDriver driver;

    public LoginForm(ManagedWebDriver driver) {
        this.driver = driver;
    }

    public void type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks and waits until the next page replaced this one (some steps answer after a time floor). */
    public void submit(By target) {
        WebElement page = PageChange.current(driver.driver());
        driver.findElement(target).click();
        PageWaits.until(driver, PageChange.replaced(page));
    }

    public boolean present(By locator) {
        return !driver.driver().findElements(locator).isEmpty();
    }

    public String title() {
        return driver.findElement(By.id("kc-page-title")).getText().trim();
    }

    /** The page's global message (info or error), or empty. */
    public String alert() {
        try {
            return driver.findElement(By.className("kc-feedback-text"))
                    .getText()
                    .trim();
        } catch (NoSuchElementException none) {
            return "";
        }
    }

    /** The error shown under a field, or empty. */
    public String fieldError(String field) {
        try {
            return driver.findElement(By.id("input-error-" + field)).getText().trim();
        } catch (NoSuchElementException none) {
            return "";
        }
    }
}
