package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.ClaimHttpSession;
import it.sportello.it.support.ClaimHttpSession.Attempt;
import it.sportello.it.support.ClaimPages;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * Abuse limits of account claiming on a real Keycloak: after failed verifications the page asks the proof-of-work
 * check, which the browser solves by itself and a script cannot skip; past the limits, attempts per customer code and
 * per client IP are refused, alike for codes that exist and codes that do not. A new realm for every test, so that
 * the cluster-wide counters (keyed by realm) start from zero.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ClaimAbuseIT {

    private static final String NO_MATCH_IT = "Non troviamo un cliente con questi dati.";
    private static final String POW_REQUIRED_IT = "Completa la verifica automatica";
    private static final String RATE_LIMITED_IT = "Troppi tentativi.";
    /** Luce Verde Soc. Coop.: without portal access in a new realm, so a right pair leads to the summary. */
    private static final String CODE = "C0006";

    private static final String TAX_ID = "24681350013";
    /** One of its invoices of the last 12 months (the demo dates it on every start): the proof of possession. */
    private static final String INVOICE = "FTC-000106";
    /** A well-formed codice fiscale that is not this customer's. */
    private static final String OTHER_TAX_ID = "RSSMRA85T10A562S";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @Test
    void claimAfterFailuresThenBrowserSolvesCheckByItselfAndClaimingGoesOn() {
        FlowConfigs.claimVerify(realm, Map.of("captchaAfterFailures", "2", "codeFailureLimit", "10"));
        BrowserLogin browser = new BrowserLogin(realm, driver, loginPage);
        ClaimPages claim = new ClaimPages(driver);
        browser.signOut();
        driver.open(newClaim().registrationUrl("it"));
        assertThat(driver.driver().findElements(By.id("sportello-pow-status"))).isEmpty();

        claim.verify("Z9001", TAX_ID, INVOICE);
        assertThat(driver.driver().findElements(By.id("sportello-pow-status"))).isEmpty();
        claim.verify("Z9002", TAX_ID, INVOICE);
        assertThat(claim.alert()).startsWith(NO_MATCH_IT);
        assertThat(driver.findElement(By.id("sportello-pow-status")).getAttribute("role"))
                .isEqualTo("status");

        // typed and sent at once: the page holds the form back until the check is solved, then sends it
        claim.verify(CODE, TAX_ID, INVOICE);
        assertThat(claim.title()).isEqualTo("Sei tu?");
        assertThat(claim.text("sportello-claim-summary-code")).isEqualTo(CODE);
    }

    @Test
    void claimWhenCheckIsRequiredAndScriptSkipsItThenRefusedEvenWithTheRightPair() throws Exception {
        FlowConfigs.claimVerify(realm, Map.of("captchaAfterFailures", "2", "codeFailureLimit", "10"));
        ClaimHttpSession script = new ClaimHttpSession(newClaim().registrationUrl("it"));
        assertThat(script.asksCheck()).isFalse();
        script.verify("Z9001", TAX_ID, INVOICE);
        Attempt second = script.verify("Z9002", TAX_ID, INVOICE);
        assertThat(second.body()).contains(NO_MATCH_IT);
        assertThat(script.asksCheck()).isTrue();

        Attempt skipped = script.verify(CODE, TAX_ID, INVOICE);
        assertThat(skipped.body()).contains(POW_REQUIRED_IT).doesNotContain("Sei tu?");
        assertThat(script.asksCheck()).isTrue();

        Attempt solved = script.verifySolvingCheck(CODE, TAX_ID, INVOICE);
        assertThat(solved.status()).isEqualTo(200);
        assertThat(solved.body()).contains("Sei tu?");
        assertThat(errors()).contains("sportello_claim_captcha");
    }

    @Test
    void claimWhenCodeUsedUpItsFailuresThenRightPairRefusedAndUnknownCodeAlike() throws Exception {
        FlowConfigs.claimVerify(
                realm, Map.of("captchaAfterFailures", "0", "codeFailureLimit", "3", "ipFailureLimit", "50"));
        ClaimHttpSession script = new ClaimHttpSession(newClaim().registrationUrl("it"));
        for (int i = 0; i < 3; i++) {
            assertThat(script.verify(CODE, OTHER_TAX_ID, INVOICE).body()).contains(NO_MATCH_IT);
            assertThat(script.verify("Z9003", OTHER_TAX_ID, INVOICE).body()).contains(NO_MATCH_IT);
        }

        Attempt existing = script.verify(CODE, TAX_ID, INVOICE);
        Attempt unknown = script.verify("Z9003", TAX_ID, INVOICE);
        assertThat(existing.status()).isEqualTo(unknown.status()).isEqualTo(429);
        assertThat(existing.body()).contains(RATE_LIMITED_IT).doesNotContain("Sei tu?");
        assertThat(ClaimHttpSession.comparable(existing.body().replace(CODE, "")))
                .isEqualTo(ClaimHttpSession.comparable(unknown.body().replace("Z9003", "")));
        // another code from the same address is still looked at
        assertThat(script.verify("C0005", "CNTSFN75M22L219F", "FTC-000105").body())
                .contains("Sei tu?");
        assertThat(errors()).contains("sportello_claim_rate_limited");
    }

    @Test
    void claimWhenAddressUsedUpItsFailuresThenEveryCodeRefused() throws Exception {
        FlowConfigs.claimVerify(
                realm, Map.of("captchaAfterFailures", "0", "codeFailureLimit", "0", "ipFailureLimit", "3"));
        ClaimHttpSession script = new ClaimHttpSession(newClaim().registrationUrl("it"));
        for (String code : List.of("Z9004", "Z9005", "Z9006")) {
            assertThat(script.verify(code, TAX_ID, INVOICE).body()).contains(NO_MATCH_IT);
        }

        Attempt refused = script.verify(CODE, TAX_ID, INVOICE);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains(RATE_LIMITED_IT).doesNotContain("Sei tu?");
        // a new visit from the same address does not start the count again
        assertThat(new ClaimHttpSession(newClaim().registrationUrl("it"))
                        .verify(CODE, TAX_ID, INVOICE)
                        .status())
                .isEqualTo(429);
    }

    private PkceLogin newClaim() {
        return new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
    }

    private List<String> errors() {
        return realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 200).stream()
                .map(EventRepresentation::getError)
                .toList();
    }
}
