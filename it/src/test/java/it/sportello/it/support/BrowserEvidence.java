package it.sportello.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Turns a browser that stops answering into a failure that says where: a page-load and a script timeout on the shared
 * browser (Chromium's own are 300 s and 30 s; a command sent while a page never finishes loading waits for the
 * page-load timeout), and a recorder, run in every page before its own scripts, of the page's console errors and
 * warnings and of its fetch and XHR requests still without an answer. {@link #describe} saves a screenshot and the page
 * source under {@code target/browser-evidence/} and returns the URL, the document's ready state, the frames, the
 * requests still pending and the console lines: what the failure message should carry.
 */
public final class BrowserEvidence implements AutoCloseable {

    private static final Path FOLDER = Path.of("target", "browser-evidence");

    private static final String RECORDER =
            """
            (() => {
              if (window.__sportelloLog) return;
              const log = (window.__sportelloLog = { lines: [], pending: {}, n: 0 });
              const keep = (kind, args) => {
                try {
                  log.lines.push(kind + ": " + Array.from(args).map(String).join(" ").slice(0, 400));
                } catch (e) {}
              };
              const error = console.error, warn = console.warn;
              console.error = function () { keep("console.error", arguments); return error.apply(this, arguments); };
              console.warn = function () { keep("console.warn", arguments); return warn.apply(this, arguments); };
              addEventListener("error", (e) => keep("uncaught", [e.message + " " + (e.filename || "")]));
              addEventListener("unhandledrejection", (e) => keep("unhandled rejection", [e.reason]));
              const since = () => " since " + new Date().toISOString();
              const fetch = window.fetch;
              window.fetch = function (input, init) {
                const id = ++log.n;
                log.pending[id] = "fetch " + ((init && init.method) || "GET") + " " + String((input && input.url) || input) + since();
                return fetch.apply(this, arguments).finally(() => delete log.pending[id]);
              };
              const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url) {
                this.__sportello = method + " " + url;
                return open.apply(this, arguments);
              };
              XMLHttpRequest.prototype.send = function () {
                const id = ++log.n;
                log.pending[id] = "XHR " + this.__sportello + since();
                this.addEventListener("loadend", () => delete log.pending[id]);
                return send.apply(this, arguments);
              };
            })();
            """;

    private static final String READ =
            """
            const log = window.__sportelloLog || { lines: [], pending: {} };
            const frames = Array.from(document.querySelectorAll("iframe")).map((f) => {
              let state = "cross-origin";
              try { state = f.contentDocument ? f.contentDocument.readyState : "no document"; } catch (e) {}
              return f.getAttribute("src") + " (" + state + ")";
            });
            return "readyState " + document.readyState + "; frames " + JSON.stringify(frames)
              + "; requests without an answer " + JSON.stringify(Object.values(log.pending))
              + "; console " + JSON.stringify(log.lines.slice(-30));
            """;

    private final WebDriver driver;
    private final Duration pageLoadBefore;
    private final Duration scriptBefore;
    private final String recorderId;

    private BrowserEvidence(WebDriver driver, Duration pageLoad, Duration script) {
        this.driver = driver;
        this.pageLoadBefore = driver.manage().timeouts().getPageLoadTimeout();
        this.scriptBefore = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().pageLoadTimeout(pageLoad).scriptTimeout(script);
        Map<String, Object> added = ((HasCdp) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        this.recorderId = String.valueOf(added.get("identifier"));
    }

    /** Starts recording in every page the browser opens from now on, with these timeouts; close gives back both. */
    public static BrowserEvidence start(WebDriver driver, Duration pageLoad, Duration script) {
        return new BrowserEvidence(driver, pageLoad, script);
    }

    /** What the browser shows now, for a failure message; the screenshot and source are saved as {@code <name>.*}. */
    public String describe(String name) {
        StringBuilder text = new StringBuilder();
        text.append("URL ").append(attempt(driver::getCurrentUrl));
        text.append("; ").append(attempt(() -> ((JavascriptExecutor) driver).executeScript(READ)));
        try {
            Files.createDirectories(FOLDER);
            String file = name + "-" + System.currentTimeMillis();
            text.append("; saved ").append(FOLDER.resolve(file)).append(".png/.html");
            attempt(() -> Files.write(
                    FOLDER.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
            attempt(() -> Files.writeString(FOLDER.resolve(file + ".html"), driver.getPageSource()));
        } catch (IOException e) {
            text.append("; cannot save: ").append(e);
        }
        return text.toString();
    }

    /** Runs the journey; any failure of it or of the browser comes back with {@link #describe} in its message. */
    public void around(String name, Journey journey) throws Exception {
        try {
            journey.run();
        } catch (Exception | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n  browser: " + describe(name), e);
        }
    }

    @Override
    public void close() {
        attempt(() -> ((HasCdp) driver)
                .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorderId)));
        attempt(() -> driver.manage().timeouts().pageLoadTimeout(pageLoadBefore).scriptTimeout(scriptBefore));
    }

    private static String attempt(Step step) {
        try {
            return String.valueOf(step.run());
        } catch (Exception e) {
            return "(" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")";
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** A part of a journey that may throw. */
    @FunctionalInterface
    public interface Journey {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws Exception;
    }
}
