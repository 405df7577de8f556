package it.sportello.it.support;

import java.time.Duration;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The support request form and its confirmation as a visitor uses them in the browser. */
public final class SupportPages {

    /** The browser solves the proof of work before the form goes: about a second, a few on a busy machine. */
    private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(30);

    private final ManagedWebDriver driver;

    public SupportPages(ManagedWebDriver driver) {
        this.driver = driver;
    }

    public void openFromLink() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("sportello-support-link")).click();
        awaitReplaced(page, Duration.ofSeconds(10));
    }

    public void chooseCompany() {
        driver.findElement(By.id("requesterKind-company")).click();
    }

    public void type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** Sends the form; returns once the next page replaced this one (after the proof of work is done). */
    public void send() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("sportello-support-send")).click();
        awaitReplaced(page, SUBMIT_TIMEOUT);
    }

    public String title() {
        return driver.findElement(By.id("kc-page-title")).getText().trim();
    }

    /** What the browser's tab shows: the page's name and the realm's. */
    public String documentTitle() {
        return driver.page().getTitle();
    }

    /** What the proof-of-work line says once the browser has solved it. */
    public String solvedCheck() {
        By status = By.id("sportello-pow-status");
        new WebDriverWait(driver.driver(), SUBMIT_TIMEOUT).until(d -> !d.findElement(By.name("sportello-pow-nonce"))
                .getAttribute("value")
                .isEmpty());
        return driver.findElement(status).getText().trim();
    }

    /** Follows the way back to sign-in; returns once the next page replaced this one. */
    public void backToSignIn() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("sportello-support-back")).click();
        awaitReplaced(page, Duration.ofSeconds(20));
    }

    public boolean isForm() {
        return !driver.driver().findElements(By.id("sportello-support-form")).isEmpty();
    }

    public String ticketNumber() {
        return driver.findElement(By.id("sportello-support-ticket")).getText().trim();
    }

    public String fieldError(String field) {
        try {
            return driver.findElement(By.id("input-error-" + field)).getText().trim();
        } catch (NoSuchElementException none) {
            return "";
        }
    }

    public String attribute(String id, String attribute) {
        return driver.findElement(By.id(id)).getAttribute(attribute);
    }

    public String value(String field) {
        return driver.findElement(By.id(field)).getAttribute("value");
    }

    private void awaitReplaced(WebElement page, Duration timeout) {
        new WebDriverWait(driver.driver(), timeout).until(PageChange.replaced(page));
    }
}
