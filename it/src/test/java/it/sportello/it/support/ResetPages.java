package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The password-recovery pages as a customer uses them: fill, submit, read what the page says. */
public final class ResetPages {

    private final ManagedWebDriver driver;

    public ResetPages(ManagedWebDriver driver) {
        this.driver = driver;
    }

    /** On the sign-in page, follows "Forgot password?". */
    public void openFromLoginPage() {
        submit(By.cssSelector("a[href*='login-actions/reset-credentials']"));
    }

    /** Types the customer code or email and asks for the link; waits for the answer (it comes after a floor). */
    public void requestLink(String identifier) {
        type("username", identifier);
        submit(By.id("sportello-reset-submit"));
    }

    public boolean isChooseUserPage() {
        return present(By.id("sportello-reset-choose-user"));
    }

    /** Opens the emailed link; when Keycloak first asks to confirm (another browser tab), confirms. */
    public void openEmailedLink(String link) {
        driver.open(link);
        if (present(By.cssSelector("#kc-info-message a"))) {
            submit(By.cssSelector("#kc-info-message a"));
        }
    }

    public boolean isSecurityQuestionPage() {
        return present(By.id("sportello-reset-security-question"));
    }

    /** The question as the page asks it (the answer field's label). */
    public String question() {
        return driver.findElement(By.cssSelector("label[for=securityAnswer]"))
                .getText()
                .trim();
    }

    public void answer(String answer) {
        type("securityAnswer", answer);
        submit(By.id("sportello-reset-sq-submit"));
    }

    public boolean isLockedOutPage() {
        return present(By.id("sportello-reset-sq-locked"));
    }

    public boolean isUpdatePasswordPage() {
        return present(By.id("password-new"));
    }

    public void chooseNewPassword(String password, String confirmation) {
        type("password-new", password);
        type("password-confirm", confirmation);
        submit(By.cssSelector("form [type=submit]"));
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

    public String fieldError(String field) {
        try {
            return driver.findElement(By.id("input-error-" + field)).getText().trim();
        } catch (NoSuchElementException none) {
            return "";
        }
    }

    public String pageSource() {
        return driver.page().getPageSource();
    }

    /** Clicks and waits until the next page replaced this one. */
    private void submit(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        driver.waiting().until(d -> {
            try {
                page.isDisplayed();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            }
        });
    }

    private boolean present(By locator) {
        return !driver.driver().findElements(locator).isEmpty();
    }

    private void type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }
}
