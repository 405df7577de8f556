package it.sportello.it.support;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The language the browser asks pages in (Accept-Language), set through Chromium's DevTools protocol: what a customer
 * whose browser speaks that language sends. The browser is shared by the suite: {@link #reset} gives back its own.
 */
public final class BrowserLanguage {

    private BrowserLanguage() {}

    public static void set(WebDriver driver, String language) {
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", language)));
    }

    public static void reset(WebDriver driver) {
        if (driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }
}
