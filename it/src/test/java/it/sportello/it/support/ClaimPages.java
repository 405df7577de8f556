package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The account-claiming pages as a visitor uses them: fill, submit, read what the page says. */
public final class ClaimPages {

    private final ManagedWebDriver driver;

    public ClaimPages(ManagedWebDriver driver) {
        this.driver = driver;
    }

    public void verify(String customerCode, String taxId) {
        type("customerCode", customerCode);
        type("taxId", taxId);
        submit(By.id("sportello-claim-continue"));
    }

    public void confirm() {
        submit(By.id("sportello-claim-confirm-yes"));
    }

    public void notMe() {
        submit(By.id("sportello-claim-confirm-no"));
    }

    public void complete(String email, String password, String confirmation) {
        fillCompletion(email, password, confirmation);
        submit(By.id("sportello-claim-create"));
    }

    /** Self-service completion with the security question: the question by its label, the answer twice. */
    public void complete(String email, String password, String question, String answer, String answerConfirmation) {
        fillCompletion(email, password, password);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByVisibleText(question);
        type("securityAnswer", answer);
        type("securityAnswerConfirm", answerConfirmation);
        submit(By.id("sportello-claim-create"));
    }

    private void fillCompletion(String email, String password, String confirmation) {
        type("email", email);
        if (password != null) {
            type("password", password);
            type("password-confirm", confirmation);
        }
    }

    /** Clicks and waits until the next page replaced this one (the verify step answers after a time floor). */
    private void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        driver.waiting().until(d -> {
            try {
                page.isDisplayed();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            }
        });
    }

    public String title() {
        return driver.findElement(By.id("kc-page-title")).getText().trim();
    }

    /** The page's global alert, or empty. */
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

    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public boolean isVerifyPage() {
        return !driver.driver().findElements(By.id("sportello-claim-verify")).isEmpty();
    }

    private void type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }
}
