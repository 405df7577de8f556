package it.sportello.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page the browser shows at every {@link Viewport} with {@link Accessibility} and collects what it finds, so
 * that one run lists every violation of a journey instead of stopping at the first page; {@link #assertClean} fails
 * with all of them. Also keeps the screenshots of the README under {@code target/screenshots/}.
 */
public final class AccessibilityAudit {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final List<String> found = new ArrayList<>();
    private int pagesChecked;

    public AccessibilityAudit(WebDriver driver) {
        this.driver = driver;
    }

    /** Checks the page at each width (named "page, width"), then leaves the browser at desktop width. */
    public void check(String page) {
        check(page, null);
    }

    /** As {@link #check(String)}, and saves a screenshot at each width as {@code <screenshot>-<width>.png}. */
    public void check(String page, String screenshot) {
        check(page, screenshot, Viewport.values());
    }

    /** As {@link #check(String, String)}, at these widths only. */
    public void check(String page, String screenshot, Viewport... viewports) {
        try {
            for (Viewport viewport : viewports) {
                viewport.apply(driver);
                settle();
                found.addAll(Accessibility.violations(driver, page + ", " + viewport.label()));
                pagesChecked++;
                if (screenshot != null) {
                    save(screenshot + "-" + viewport.label());
                }
            }
        } finally {
            Viewport.DESKTOP.apply(driver);
        }
    }

    public int pagesChecked() {
        return pagesChecked;
    }

    public void assertClean() {
        if (!found.isEmpty()) {
            throw new AssertionError(Accessibility.report(found));
        }
    }

    /** Two animation frames: the layout of the new width is done (media queries, the console's resize observers). */
    private void settle() {
        ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
