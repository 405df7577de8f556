package it.sportello.benchmark.soak;

import it.sportello.benchmark.load.Browser;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A warm customer of the soak: its browser, its latest tokens and when they were issued, its first supply point. */
final class SoakUser {

    private final String code;
    private final Browser browser;
    private volatile Browser.Tokens tokens;
    private volatile long tokensAt;
    private volatile String firstPoint;
    /** Supply points without a reading yet: id and corrector value ("null" without a corrector). */
    private final ConcurrentLinkedQueue<String[]> unreadPoints = new ConcurrentLinkedQueue<>();

    SoakUser(String code, Browser browser) {
        this.code = code;
        this.browser = browser;
    }

    String code() {
        return code;
    }

    Browser browser() {
        return browser;
    }

    Browser.Tokens tokens() {
        return tokens;
    }

    long tokensAt() {
        return tokensAt;
    }

    void tokens(Browser.Tokens fresh) {
        this.tokens = fresh;
        this.tokensAt = System.nanoTime();
    }

    ConcurrentLinkedQueue<String[]> unreadPoints() {
        return unreadPoints;
    }

    String firstPoint() {
        return firstPoint;
    }

    void firstPoint(String id) {
        this.firstPoint = id;
    }
}
