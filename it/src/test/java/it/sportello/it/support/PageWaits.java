package it.sportello.it.support;

import java.time.Duration;
import java.util.function.Function;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits for what a page does next (a redirect, a new page, a message), like the test framework's
 * {@code driver.waiting()} but with 20 s instead of its fixed 5: a sign-in that migrates a legacy hash or a console
 * page that loads its code can take longer than 5 s on a busy machine, and the suite's full runs failed on that more
 * than once. A condition that holds returns at once, so only a failing wait is slower.
 */
public final class PageWaits {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private PageWaits() {}

    /** Waits until the condition gives a value other than null or false, and returns it. */
    public static <V> V until(ManagedWebDriver driver, Function<WebDriver, V> condition) {
        WebDriverWait wait = new WebDriverWait(driver.driver(), TIMEOUT, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(condition);
    }
}
