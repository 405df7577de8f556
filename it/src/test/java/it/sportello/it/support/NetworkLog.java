package it.sportello.it.support;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of its own, with Chromium's performance log on: every request the browser makes, across
 * redirects and page changes, with its decoded size, its bytes on the wire and whether it finished. The framework's
 * browser has no such log (it is chosen when the browser starts), hence a second one for the page-weight test.
 */
public final class NetworkLog implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** One request: the URL without its query, the bytes of its body as decoded, the bytes on the wire. */
    public record Request(String url, long bodyBytes, long wireBytes, boolean finished) {}

    private final ChromeDriver driver;
    private final Map<String, long[]> sizes = new LinkedHashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Map<String, Integer> statuses = new LinkedHashMap<>();

    private NetworkLog(ChromeDriver driver) {
        this.driver = driver;
    }

    public static NetworkLog start() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless=new",
                "--disable-gpu",
                "--window-size=1920,1200",
                "--disable-dev-shm-usage",
                "--no-sandbox",
                "--disk-cache-size=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        String driverPath = System.getenv("CHROMEWEBDRIVER");
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (driverPath != null && !driverPath.isBlank()) {
            service.usingDriverExecutable(new File(driverPath));
        }
        return new NetworkLog(new ChromeDriver(service.build(), options));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            String page = driver.getPageSource();
            throw new AssertionError(
                    "no " + locator + " on " + driver.getCurrentUrl() + ": "
                            + page.substring(0, Math.min(page.length(), 3000)) + "\nbrowser console:" + console()
                            + "\nrequests (status, URL):" + statusLines(),
                    e);
        }
    }

    public void waitForUrl(Predicate<String> condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.test(d.getCurrentUrl()));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void type(By field, String text) {
        waitFor(field).sendKeys(text);
    }

    public void click(By button) {
        waitFor(button).click();
    }

    /** The browser's console since the last call: errors, warnings and logs of the pages, one a line. */
    public String console() {
        StringBuilder text = new StringBuilder();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            text.append("\n  ").append(entry.getLevel()).append(' ').append(entry.getMessage());
        }
        return text.toString();
    }

    /** Every request so far with its answer's status (0: none yet), one a line. */
    public String statusLines() {
        requests();
        StringBuilder text = new StringBuilder();
        urls.forEach((id, url) -> text.append("\n  ")
                .append(statuses.getOrDefault(id, 0))
                .append(' ')
                .append(url));
        return text.toString();
    }

    /** Every request since the browser started, in the order they were sent. */
    public List<Request> requests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            record(entry.getMessage());
        }
        List<Request> requests = new ArrayList<>();
        urls.forEach((id, url) -> {
            long[] size = sizes.get(id);
            requests.add(new Request(url, size[0], size[1], size[2] == 1));
        });
        return requests;
    }

    @SuppressWarnings("unchecked")
    private void record(String message) {
        Map<String, Object> entry = new Json().toType(message, Json.MAP_TYPE);
        Map<String, Object> event = (Map<String, Object>) entry.get("message");
        String method = (String) event.get("method");
        Map<String, Object> params = (Map<String, Object>) event.get("params");
        if (method == null || params == null || params.get("requestId") == null) {
            return;
        }
        String id = (String) params.get("requestId");
        switch (method) {
            case "Network.requestWillBeSent" -> {
                String url = (String) ((Map<String, Object>) params.get("request")).get("url");
                // a redirect reuses the request id: the new URL is a new request
                String key = urls.containsKey(id) ? id + "#" + urls.size() : id;
                if (!key.equals(id)) {
                    urls.put(key, urls.remove(id));
                    sizes.put(key, sizes.remove(id));
                }
                urls.put(id, url.replaceFirst("[?#].*", ""));
                sizes.put(id, new long[3]);
            }
            case "Network.responseReceived" -> statuses.put(
                    id, ((Number) ((Map<String, Object>) params.get("response")).get("status")).intValue());
            case "Network.dataReceived" -> size(id)[0] += ((Number) params.get("dataLength")).longValue();
            case "Network.loadingFinished" -> {
                size(id)[1] = ((Number) params.get("encodedDataLength")).longValue();
                size(id)[2] = 1;
            }
            default -> {}
        }
    }

    private long[] size(String id) {
        return sizes.computeIfAbsent(id, unknown -> new long[3]);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
