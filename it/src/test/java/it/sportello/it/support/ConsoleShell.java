package it.sportello.it.support;

import java.util.List;
import java.util.Map;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The account console's masthead as a visitor sees it: its size and rows at a given window width, where the brand
 * leads and how readable its wordmark is, the language menu and the user menu.
 */
public final class ConsoleShell {

    /** WCAG 2.x contrast ratio of the wordmark's text colour against the first opaque background behind it. */
    private static final String CONTRAST_SCRIPT =
            """
            const rgba = (s) => {
              const p = s.match(/rgba?\\(([^)]+)\\)/)[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
              return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
            };
            const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const text = arguments[0];
            const fg = rgba(getComputedStyle(text).color);
            let bg = { r: 255, g: 255, b: 255, a: 1 };
            for (let node = text; node && node.nodeType === 1; node = node.parentElement) {
              const c = rgba(getComputedStyle(node).backgroundColor);
              if (c.a > 0) { bg = c; break; }
            }
            const l1 = luminance(fg), l2 = luminance(bg);
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            """;

    private static final String BOXES_SCRIPT =
            """
            return arguments[0].map((e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; });
            """;

    private final ManagedWebDriver driver;
    private final PortalConsole console;

    public ConsoleShell(ManagedWebDriver driver, PortalConsole console) {
        this.driver = driver;
        this.console = console;
    }

    /** Resizes the browser window (headless Chromium: the viewport) and waits for the masthead. */
    public void windowWidth(int width) {
        driver.driver().manage().window().setSize(new Dimension(width, 844));
        console.visible(PortalConsole.testId("brand"));
    }

    public int viewportWidth() {
        return ((Number) js().executeScript("return window.innerWidth")).intValue();
    }

    public double headerHeight() {
        return ((Number) js().executeScript("return arguments[0].getBoundingClientRect().height", header()))
                .doubleValue();
    }

    /** Whether the brand, the language menu and the user menu sit side by side, in one row. */
    @SuppressWarnings("unchecked")
    public boolean inOneRow() {
        List<WebElement> parts = List.of(
                console.visible(PortalConsole.testId("brand")),
                console.visible(PortalConsole.testId("language-switch")),
                console.visible(PortalConsole.testId("user-menu")));
        List<List<Number>> boxes = (List<List<Number>>) js().executeScript(BOXES_SCRIPT, parts);
        double top =
                boxes.stream().mapToDouble(b -> b.get(0).doubleValue()).max().orElseThrow();
        double bottom =
                boxes.stream().mapToDouble(b -> b.get(1).doubleValue()).min().orElseThrow();
        return top < bottom;
    }

    /** Whether the masthead's content fits its width (nothing pushed out of view or scrolled sideways). */
    public boolean fitsWidth() {
        return (Boolean) js().executeScript(
                        "const h = arguments[0]; return h.scrollWidth <= h.clientWidth"
                                + " && document.documentElement.scrollWidth <= window.innerWidth",
                        header());
    }

    public String brandHref() {
        return console.visible(PortalConsole.testId("brand")).getAttribute("href");
    }

    public String brandText() {
        return console.visible(PortalConsole.testId("brand")).getText().trim();
    }

    public double brandContrast() {
        WebElement wordmark = console.visible(By.cssSelector("[data-testid='brand'] .sportello-wordmark"));
        return ((Number) js().executeScript(CONTRAST_SCRIPT, wordmark)).doubleValue();
    }

    /** The user menu button's accessible text (its visible name, or the screen-reader text below tablet width). */
    public String userMenuName() {
        return String.valueOf(js().executeScript(
                                "return arguments[0].textContent", console.visible(PortalConsole.testId("user-menu"))))
                .trim();
    }

    /** Opens the language menu and picks a language by its code; waits until the page speaks it. */
    public void chooseLanguage(String code) {
        console.click(PortalConsole.testId("language-switch"));
        console.click(PortalConsole.testId("language-" + code));
        PageWaits.until(driver, d -> code.equals(console.lang()));
    }

    /** A link as the visitor meets it: its element, its accessible text and its address. */
    public record Link(String tag, String text, String href) {}

    /**
     * The user menu's link back to the application that opened the console (Keycloak's {@code referrer}), if any: the
     * menu is opened, read and closed again.
     */
    public java.util.Optional<Link> referrerLink() {
        console.click(PortalConsole.testId("user-menu"));
        console.visible(PortalConsole.testId("sign-out"));
        List<WebElement> links =
                console.all(By.cssSelector("[data-testid='referrer-link'] a, a[data-testid='referrer-link']"));
        java.util.Optional<Link> link = links.stream()
                .findFirst()
                .map(a -> new Link(a.getTagName(), a.getText().trim(), a.getAttribute("href")));
        console.click(PortalConsole.testId("user-menu"));
        return link;
    }

    /** The codes the language menu offers, by their items' test ids. */
    public Map<String, String> languages() {
        console.click(PortalConsole.testId("language-switch"));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (WebElement item :
                console.all(By.cssSelector("[data-testid^='language-']:not([data-testid='language-switch'])"))) {
            names.put(
                    item.getAttribute("data-testid").substring("language-".length()),
                    item.getText().trim());
        }
        console.click(PortalConsole.testId("language-switch"));
        return names;
    }

    private WebElement header() {
        return console.visible(By.cssSelector("header.pf-v5-c-masthead"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver.driver();
    }
}
