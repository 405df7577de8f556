package it.sportello.it.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Sportello account console in the browser (the `sportello` account theme): menu, supply-point selector, the
 * portal pages' forms and tables, and the files the console downloads with the customer's token.
 */
public final class PortalConsole {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ManagedWebDriver driver;
    private final String consoleUrl;

    public PortalConsole(ManagedWebDriver driver, String realmUrl) {
        this.driver = driver;
        this.consoleUrl = realmUrl + "/account/";
    }

    /** Opens the console from a signed-out browser; keycloak-js sends it to the login page first. */
    public void signIn(LoginPage loginPage, String username, String password) {
        driver.open(consoleUrl);
        loginPage.fillLogin(username, password);
        loginPage.submit();
        visible(testId("nav-supply-points"));
    }

    /**
     * Opens the console from a signed-out browser and signs in after choosing a language in the sign-in page's
     * language menu (each of its options is the page's address with {@code kc_locale}; choosing one opens it).
     */
    public void signIn(LoginPage loginPage, String username, String password, String signInLocale) {
        driver.open(consoleUrl);
        WebElement option = wait(WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#login-select-toggle option[value*='kc_locale=" + signInLocale + "']")));
        driver.open(URI.create(driver.getCurrentUrl())
                .resolve(option.getAttribute("value"))
                .toString());
        wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        loginPage.fillLogin(username, password);
        loginPage.submit();
        visible(testId("nav-supply-points"));
    }

    public void open(String path) {
        driver.open(consoleUrl + path);
        visible(testId("nav-supply-points"));
    }

    public void menu(String id) {
        click(testId("nav-" + id));
    }

    public String menuText(String id) {
        return visible(testId("nav-" + id)).getText().trim();
    }

    public String lang() {
        return (String) js().executeScript("return document.documentElement.lang");
    }

    public void selectSupplyPoint(long id) {
        new Select(visible(By.id("sportello-supply-point"))).selectByValue(String.valueOf(id));
    }

    public String selectedSupplyPoint() {
        return new Select(visible(By.id("sportello-supply-point")))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement visible(By by) {
        return wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        wait(WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void gone(By by) {
        wait(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.driver().findElements(by);
    }

    public void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    public void choose(By by, String value) {
        WebDriverWait wait = wait(WAIT);
        wait.until(d -> !new Select(d.findElement(by)).getOptions().isEmpty()
                && new Select(d.findElement(by))
                        .getOptions().stream().anyMatch(o -> value.equals(o.getAttribute("value"))));
        new Select(driver.findElement(by)).selectByValue(value);
    }

    public void upload(By by, String path) {
        wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(by)).sendKeys(path);
    }

    /** The server's problem message shown on the page (title, detail, field errors). */
    public String problem() {
        return visible(testId("portal-problem")).getText().trim();
    }

    /**
     * The start of a file the console downloaded (it keeps the object URL of a download for a minute), read in the
     * page: what the server answered with the customer's token, not a second request. {@code nameMatch} is a CSS
     * attribute operator and value for the file name, such as {@code ="FT1.pdf"} or {@code $="-2025.csv"}.
     */
    public String downloadedStart(String nameMatch, int length) {
        String link = "#sportello-downloads a[data-filename" + nameMatch + "]";
        wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(link)));
        Object result = js().executeAsyncScript(
                        """
                const [selector, length, done] = arguments;
                fetch(document.querySelector(selector).href)
                  .then((r) => r.arrayBuffer())
                  .then((b) => {
                    let bytes = new Uint8Array(b);
                    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.slice(3);
                    done(new TextDecoder("latin1").decode(bytes.slice(0, length)));
                  })
                  .catch((e) => done("error: " + e));
                """,
                        link,
                        length);
        return String.valueOf(result);
    }

    public static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver.driver();
    }

    private WebDriverWait wait(Duration timeout) {
        WebDriver webDriver = driver.driver();
        return new WebDriverWait(webDriver, timeout) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, V> condition) {
                try {
                    return super.until(condition);
                } catch (org.openqa.selenium.TimeoutException e) {
                    keepEvidence();
                    throw e;
                }
            }
        };
    }

    /** What the browser showed when a wait gave up: a screenshot and the page source under target/. */
    private void keepEvidence() {
        try {
            Path folder = Path.of("target", "portal-console");
            Files.createDirectories(folder);
            String name = "timeout-" + System.currentTimeMillis();
            byte[] png = ((TakesScreenshot) driver.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
            Files.writeString(folder.resolve(name + ".html"), driver.driver().getPageSource());
        } catch (Exception ignored) {
            // evidence only; the timeout itself is what fails the test
        }
    }
}
