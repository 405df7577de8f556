package it.sportello.it.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A visitor with only a keyboard: Tab, Shift+Tab, Enter, Space and the arrow keys go to the page through Selenium's
 * {@link Actions}, text is typed into whatever has the focus; nothing is clicked and no element is addressed directly.
 * Also reads where the focus is, the order in which Tab visits the controls (checking each one's focus ring on the
 * way) and how a field is tied to its error for a screen reader.
 */
public final class Keyboard {

    /** More Tab presses than any of our pages has controls. */
    private static final int MAX_STOPS = 40;

    /** The focused control's id, else its name, else its tag and link target; empty when nothing has the focus. */
    private static final String FOCUSED = "const e = document.activeElement;"
            + " if (!e || e === document.body || e === document.documentElement) return '';"
            + " return e.id || e.getAttribute('name')"
            + " || e.tagName.toLowerCase() + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');";

    private static final String STYLE = "const s = getComputedStyle(arguments[0]);"
            + " return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');";

    /** How the field named in arguments[0] is tied to its error: see {@link FieldError}. */
    private static final String FIELD_ERROR = "const input = document.getElementById(arguments[0]);"
            + " const error = document.getElementById('input-error-' + arguments[0]);"
            + " let announced = false;"
            + " for (let e = error; e && !announced; e = e.parentElement) {"
            + "   const role = e.getAttribute('role'), live = e.getAttribute('aria-live');"
            + "   announced = role === 'alert' || role === 'status' || (live !== null && live !== 'off');"
            + " }"
            + " return [input.getAttribute('aria-invalid') || '', input.getAttribute('aria-describedby') || '',"
            + "   error ? error.textContent.trim() : '', String(announced)];";

    private final ManagedWebDriver driver;

    public Keyboard(ManagedWebDriver driver) {
        this.driver = driver;
    }

    public void tab() {
        new Actions(driver.driver()).sendKeys(Keys.TAB).perform();
    }

    public void shiftTab() {
        new Actions(driver.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    public void arrowDown() {
        new Actions(driver.driver()).sendKeys(Keys.ARROW_DOWN).perform();
    }

    /** Types into the element that has the focus. */
    public void type(String text) {
        driver.driver().switchTo().activeElement().sendKeys(text);
    }

    /** Presses Enter and waits until the next page replaced this one (some steps answer after a time floor). */
    public void enterAndWait() {
        pressAndWait(Keys.ENTER);
    }

    /** Presses Space (on a focused button: activates it) and waits until the next page replaced this one. */
    public void spaceAndWait() {
        pressAndWait(Keys.SPACE);
    }

    private void pressAndWait(Keys key) {
        WebElement page = PageChange.current(driver.driver());
        new Actions(driver.driver()).sendKeys(key).perform();
        PageWaits.until(driver, PageChange.replaced(page));
    }

    /** The focused control (id, else name, else tag and link target), or empty when nothing has the focus. */
    public String focused() {
        return (String) script(FOCUSED);
    }

    /** Presses Tab until the control has the focus. */
    public void tabTo(String control) {
        tabTo(control::equals, control);
    }

    /** Presses Tab until a link whose target contains this text has the focus. */
    public void tabToLink(String hrefPart) {
        tabTo(focused -> focused.startsWith("a[href=") && focused.contains(hrefPart), "a link to " + hrefPart);
    }

    private void tabTo(Predicate<String> control, String description) {
        for (int stop = 0; stop < MAX_STOPS && !control.test(focused()); stop++) {
            tab();
        }
        if (!control.test(focused())) {
            throw new AssertionError("Tab never reached " + description + " on " + driver.getCurrentUrl());
        }
    }

    /**
     * From the focused control, presses Tab until the focus leaves the page (or comes round again) and returns the
     * controls visited, the focused one first, and those that showed no focus ring. A ring is what a control shows
     * while it has the focus and not after: an outline of the theme (not the browser's own "auto" ring, whose colour
     * and width differ between browsers) at least 2 px wide, or a box shadow.
     */
    public TabOrder tabOrder() {
        List<String> order = new ArrayList<>();
        List<String> withoutRing = new ArrayList<>();
        String current = focused();
        // the focus the page put on its first field is measured as the keyboard brings it back: until a key was
        // pressed on the page, Chromium may not count the field as focused for styles
        tab();
        shiftTab();
        if (!current.equals(focused())) {
            throw new AssertionError("Shift+Tab did not come back to " + current + " on " + driver.getCurrentUrl());
        }
        while (!current.isEmpty() && !order.contains(current) && order.size() < MAX_STOPS) {
            order.add(current);
            WebElement element = driver.driver().switchTo().activeElement();
            String focusedStyle = style(element);
            tab();
            String unfocusedStyle = style(element);
            if (!showsRing(focusedStyle) || focusedStyle.equals(unfocusedStyle)) {
                withoutRing.add(current + " (focused " + focusedStyle + ", unfocused " + unfocusedStyle + ")");
            }
            current = focused();
        }
        return new TabOrder(order, withoutRing);
    }

    private String style(WebElement element) {
        return (String) script(STYLE, element);
    }

    /** The focused control's outline and box shadow, as {@link #showsRing} reads them. */
    public String focusedStyle() {
        return style(driver.driver().switchTo().activeElement());
    }

    /** Whether a control's style (of {@link #focusedStyle}) is a focus ring of the theme. */
    public static boolean showsRing(String style) {
        List<String> parts = Arrays.asList(style.split("\\|"));
        String outlineStyle = parts.get(0);
        boolean outline = !outlineStyle.equals("none")
                && !outlineStyle.equals("auto")
                && Double.parseDouble(parts.get(1).replace("px", "")) >= 2;
        return outline || !parts.get(3).equals("none");
    }

    /** How a field is tied to its error, as a screen reader finds it. */
    public FieldError fieldError(String field) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) script(FIELD_ERROR, field);
        return new FieldError(
                values.get(0),
                Arrays.asList(values.get(1).trim().split("\\s+")),
                values.get(2),
                Boolean.parseBoolean(values.get(3)));
    }

    /**
     * The page's own message, on Sportello's pages (sportello-field.ftl) and on Keycloak's (the theme's template.ftl):
     * its role ("alert", "status" or empty) and text; empty strings when none shows.
     */
    public List<String> pageAlert() {
        List<WebElement> alerts =
                driver.driver().findElements(By.cssSelector("#sportello-page-alert, #kc-page-message"));
        if (alerts.isEmpty()) {
            return List.of("", "");
        }
        return List.of(
                String.valueOf(alerts.get(0).getAttribute("role")),
                alerts.get(0).getText().trim());
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver.driver()).executeScript(script, args);
    }

    /** The controls in the order Tab visits them, and those without a focus ring (with their styles). */
    public record TabOrder(List<String> controls, List<String> withoutRing) {}

    /**
     * A field's error as a screen reader meets it: the input's aria-invalid, the ids in its aria-describedby, the text
     * of the element {@code input-error-<field>}, and whether that text sits in an alert, status or live region.
     */
    public record FieldError(String ariaInvalid, List<String> describedBy, String text, boolean announced) {}
}
