package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The account-claiming pages as a visitor uses them: fill, submit, read what the page says. */
public final class ClaimPages extends LoginThemePages {

    public ClaimPages(ManagedWebDriver driver) {
        super(driver);
    }

    /** The verify step with the proof of possession (the invoice number); null leaves it out, for the proof off. */
    public void verify(String customerCode, String taxId, String invoiceNumber) {
        form.type("customerCode", customerCode);
        form.type("taxId", taxId);
        if (invoiceNumber != null) {
            form.type("invoiceNumber", invoiceNumber);
        }
        form.submit(By.id("sportello-claim-continue"));
    }

    public void confirm() {
        form.submit(By.id("sportello-claim-confirm-yes"));
    }

    public void notMe() {
        form.submit(By.id("sportello-claim-confirm-no"));
    }

    public void complete(String email, String password, String confirmation) {
        fillCompletion(email, password, confirmation);
        form.submit(By.id("sportello-claim-create"));
    }

    /** Self-service completion with the security question: the question by its label, the answer twice. */
    public void complete(String email, String password, String question, String answer, String answerConfirmation) {
        fillCompletion(email, password, password);
        new Select(driver.findElement(By.id("securityQuestion"))).selectByVisibleText(question);
        form.type("securityAnswer", answer);
        form.type("securityAnswerConfirm", answerConfirmation);
        form.submit(By.id("sportello-claim-create"));
    }

    /** Whether the completion asks an email (it does not when the CRM holds one: the link goes there). */
    public boolean asksEmail() {
        return !driver.driver().findElements(By.id("email")).isEmpty();
    }

    /** A null email is not typed: the page shows none when the link goes to the email of record. */
    private void fillCompletion(String email, String password, String confirmation) {
        if (email != null) {
            form.type("email", email);
        }
        if (password != null) {
            form.type("password", password);
            form.type("password-confirm", confirmation);
        }
    }

    public boolean isVerifyPage() {
        return !driver.driver().findElements(By.id("sportello-claim-verify")).isEmpty();
    }
}
