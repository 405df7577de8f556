package it.sportello.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** The broker link step's pages (first broker login after a sign-in at an identity provider). */
public final class BrokerPages extends LoginThemePages {

    public BrokerPages(ManagedWebDriver driver) {
        super(driver);
    }

    /** Waits until the page with this element id is shown (the answer of the identity provider's round trip). */
    public void await(String id) {
        PageWaits.until(driver, d -> !d.findElements(By.id(id)).isEmpty());
    }

    public void confirm() {
        form.submit(By.id("sportello-broker-confirm-yes"));
    }

    public void notMe() {
        form.submit(By.id("sportello-broker-confirm-no"));
    }

    public void chooseCode(String customerCode) {
        form.type("customerCode", customerCode);
        form.submit(By.id("sportello-broker-choose-continue"));
    }
}
