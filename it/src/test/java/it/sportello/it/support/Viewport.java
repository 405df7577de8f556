package it.sportello.it.support;

import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widths the pages are checked at: a desktop and a 390 px phone (an iPhone 12 to 15 in CSS pixels). The browser is
 * shared by the whole suite: {@link #restoreDefault} gives it back at the test framework's own size.
 */
public enum Viewport {
    DESKTOP("desktop", 1280, 800),
    PHONE("390px", 390, 844);

    /** The framework starts headless Chromium with --window-size=1920,1200. */
    private static final Dimension FRAMEWORK_DEFAULT = new Dimension(1920, 1200);

    private final String label;
    private final int width;
    private final int height;

    Viewport(String label, int width, int height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    /** Resizes the window so that the page's own viewport (innerWidth × innerHeight) is this one. */
    public void apply(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(width, height));
        long[] inner = inner(driver);
        int extraWidth = (int) (width - inner[0]);
        int extraHeight = (int) (height - inner[1]);
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inner(d)[0] == width);
    }

    public static void restoreDefault(WebDriver driver) {
        driver.manage().window().setSize(FRAMEWORK_DEFAULT);
    }

    private static long[] inner(WebDriver driver) {
        Object size = ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight]");
        java.util.List<?> values = (java.util.List<?>) size;
        return new long[] {((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue()};
    }
}
