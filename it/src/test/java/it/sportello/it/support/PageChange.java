package it.sportello.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waiting for the browser to leave a page: take the page's root before the click or key press that submits, then
 * wait until that root no longer belongs to the browser's document.
 */
public final class PageChange {

    private PageChange() {}

    /** The root element of the page shown now. */
    public static WebElement current(WebDriver driver) {
        return driver.findElement(By.tagName("html"));
    }

    /**
     * True once {@code page} was replaced. Chromium answers a query on an element of the document it is unloading
     * either as a stale element or with the DevTools error "Node with given id does not belong to the document"; both
     * mean the page is gone. Any other driver error is thrown.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement page) {
        return driver -> {
            try {
                page.isDisplayed();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException unloading) {
                String message = String.valueOf(unloading.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw unloading;
            }
        };
    }
}
