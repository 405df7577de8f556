package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** The password-recovery pages as a customer uses them: fill, submit, read what the page says. */
public final class ResetPages extends LoginThemePages {

    public ResetPages(ManagedWebDriver driver) {
        super(driver);
    }

    /** On the sign-in page, follows "Forgot password?". */
    public void openFromLoginPage() {
        form.submit(By.cssSelector("a[href*='login-actions/reset-credentials']"));
    }

    /** Types the customer code or email and asks for the link; waits for the answer (it comes after a floor). */
    public void requestLink(String identifier) {
        form.type("username", identifier);
        form.submit(By.id("sportello-reset-submit"));
    }

    /** The same with the tax ID, for a page that asks it ({@code askTaxId}). */
    public void requestLink(String identifier, String taxId) {
        form.type("username", identifier);
        form.type("taxId", taxId);
        form.submit(By.id("sportello-reset-submit"));
    }

    /** Types the customer code or email, chooses "a code by SMS" and goes on; waits for the answer. */
    public void requestSmsCode(String identifier) {
        form.type("username", identifier);
        driver.findElement(By.id("channel-sms")).click();
        form.submit(By.id("sportello-reset-submit"));
    }

    /** Types the customer code or email, chooses "a link to my backup address" and goes on; waits for the answer. */
    public void requestRecoveryEmailLink(String identifier) {
        form.type("username", identifier);
        driver.findElement(By.id("channel-recovery-email")).click();
        form.submit(By.id("sportello-reset-submit"));
    }

    public boolean isSmsCodePage() {
        return form.present(By.id("sportello-reset-sms-code"));
    }

    /** The "try again" page after the gateway did not take the SMS. */
    public boolean isSmsRetryPage() {
        return form.present(By.id("sportello-reset-sms-retry"));
    }

    public void enterSmsCode(String code) {
        form.type("smsCode", code);
        form.submit(By.id("sportello-reset-sms-submit"));
    }

    public void resendSmsCode() {
        form.submit(By.id("sportello-reset-sms-resend-submit"));
    }

    public void retrySms() {
        form.submit(By.id("sportello-reset-sms-retry-submit"));
    }

    public boolean isChooseUserPage() {
        return form.present(By.id("sportello-reset-choose-user"));
    }

    /** Opens the emailed link; when Keycloak first asks to confirm (another browser tab), confirms. */
    public void openEmailedLink(String link) {
        driver.open(link);
        if (form.present(By.cssSelector("#kc-info-message a"))) {
            form.submit(By.cssSelector("#kc-info-message a"));
        }
    }

    public boolean isSecurityQuestionPage() {
        return form.present(By.id("sportello-reset-security-question"));
    }

    /** The question as the page asks it (the answer field's label). */
    public String question() {
        return driver.findElement(By.cssSelector("label[for=securityAnswer]"))
                .getText()
                .trim();
    }

    public void answer(String answer) {
        form.type("securityAnswer", answer);
        form.submit(By.id("sportello-reset-sq-submit"));
    }

    public boolean isLockedOutPage() {
        return form.present(By.id("sportello-reset-sq-locked"));
    }

    /** Keycloak's OTP form, in the recovery flow after the emailed link. */
    public boolean isOtpPage() {
        return form.present(By.id("otp"));
    }

    public void enterOtp(String code) {
        form.type("otp", code);
        form.submit(By.cssSelector("#kc-otp-login-form [type=submit], #kc-login"));
    }

    /** The sentence in front of the support form's link in the footer, and the link. */
    public String supportHelp() {
        return driver.findElement(By.id("sportello-support-help")).getText().trim();
    }

    public boolean isUpdatePasswordPage() {
        return form.present(By.id("password-new"));
    }

    public void chooseNewPassword(String password, String confirmation) {
        form.type("password-new", password);
        form.type("password-confirm", confirmation);
        form.submit(By.cssSelector("form [type=submit]"));
    }
}
