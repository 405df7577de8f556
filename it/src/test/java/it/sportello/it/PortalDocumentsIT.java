package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The documents on a real Keycloak with the demo CRM: {@code GET /documents} and {@code GET /documents/{id}/content}
 * as the portal web app calls them (every answer validated against the OpenAPI file by {@link PortalClient}): the
 * caller's own and the general documents, the content from the CRM database and from the document files, the "new"
 * marker cleared by the first download and stored once in {@code document_download}, another customer's document 404
 * like an unknown one, no token or another client's token 401; then the console's Documents page in Chromium.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalDocumentsIT {

    private static final String ROSSI_PASSWORD = "Rossi-Documenti-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Documenti-2026";
    /** C0001's contract, its bytes in the CRM database (demo change set 1.5). */
    private static final long ROSSI_CONTRACT = 1;
    /** C0001's English welcome letter, a file. */
    private static final long ROSSI_LETTER = 3;
    /** A general form, a file. */
    private static final long GENERAL_FORM = 102;
    /** A general tariff sheet, a file. */
    private static final long GENERAL_TARIFF = 104;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private BrowserLogin browser;
    private PortalClient portal;

    @BeforeEach
    void setUp() throws Exception {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
        // every test starts with every document new
        crm.execute("delete from document_download");
    }

    @Test
    void ownAndGeneralDocumentsNewestFirstAndNewUntilTheFirstDownload() throws Exception {
        String token = rossi();

        JsonNode own = PortalClient.json(ok(portal.get("/documents?scope=customer", token)));
        assertThat(ids(own)).containsExactly(2L, ROSSI_LETTER, ROSSI_CONTRACT);
        assertThat(own.get("total").asLong()).isEqualTo(3);
        assertThat(own.get("items").findValuesAsText("kind")).containsOnly("CUSTOMER");
        assertThat(own.get("items").findValuesAsText("downloaded")).containsOnly("false");
        JsonNode general = PortalClient.json(ok(portal.get("/documents?scope=general&size=2", token)));
        assertThat(ids(general)).containsExactly(101L, GENERAL_TARIFF);
        assertThat(general.get("total").asLong()).isEqualTo(5);
        assertThat(general.get("items").get(0).get("category").asText()).isEqualTo("ARERA_NOTICE");

        HttpResponse<byte[]> contract = portal.getBytes("/documents/" + ROSSI_CONTRACT + "/content", token);
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(contract.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/pdf");
        assertThat(contract.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"contratto-luce-sicura-bioraria.pdf\"");
        assertThat(text(contract)).startsWith("%PDF-").contains("Contratto di fornitura Luce Sicura Bioraria");
        HttpResponse<byte[]> form = portal.getBytes("/documents/" + GENERAL_FORM + "/content", token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(text(form)).startsWith("%PDF-").contains("Modulo di voltura");
        // a second download changes nothing
        assertThat(portal.getBytes("/documents/" + ROSSI_CONTRACT + "/content", token)
                        .statusCode())
                .isEqualTo(200);

        JsonNode all = PortalClient.json(ok(portal.get("/documents?size=100", token)));
        for (JsonNode document : all.get("items")) {
            long id = document.get("id").asLong();
            assertThat(document.get("downloaded").asBoolean())
                    .as("document %d downloaded", id)
                    .isEqualTo(id == ROSSI_CONTRACT || id == GENERAL_FORM);
        }
        assertThat(crm.number("select count(*) from document_download where customer_code = 'C0001'"))
                .isEqualTo(2);
        assertThat(crm.number(
                        "select count(*) from document_download where customer_code = 'C0001' and document_id = ?",
                        ROSSI_CONTRACT))
                .isEqualTo(1);
    }

    @Test
    void anotherCustomersDocumentIsNotFoundLikeAnUnknownOneAndGeneralOnesAreEveryones() throws Exception {
        String token = acqua();

        assertThat(ids(PortalClient.json(ok(portal.get("/documents?scope=customer", token)))))
                .containsExactly(4L);
        for (String path : List.of(
                "/documents/" + ROSSI_CONTRACT + "/content",
                "/documents/" + ROSSI_LETTER + "/content",
                "/documents/999999/content",
                "/documents/abc/content",
                "/documents/-1/content")) {
            HttpResponse<String> response = portal.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(PortalClient.json(response).get("type").asText())
                    .as(path)
                    .isEqualTo("urn:sportello:problem:not-found");
            assertThat(response.body()).doesNotContain("%PDF").doesNotContain("Luce");
        }
        assertThat(crm.number("select count(*) from document_download")).isZero();

        assertThat(portal.getBytes("/documents/" + GENERAL_FORM + "/content", token)
                        .statusCode())
                .isEqualTo(200);
        assertThat(crm.number("select count(*) from document_download where customer_code = 'C0002'"))
                .isEqualTo(1);
    }

    @Test
    void wrongScopeOrPageIsOneProblemListingEachField() throws Exception {
        HttpResponse<String> response = portal.get("/documents?scope=mine&page=-1", rossi());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(PortalClient.json(response).get("errors").findValuesAsText("field"))
                .containsExactly("scope", "page");
    }

    @Test
    void withoutATokenOrWithAnotherClientsTokenThen401Problem() throws Exception {
        List<String> paths = List.of("/documents", "/documents/" + GENERAL_FORM + "/content");
        for (String path : paths) {
            HttpResponse<String> none = portal.get(path, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(portal.get(path, "not-a-token").statusCode()).as(path).isEqualTo(401);
        }

        setPassword("c0001", ROSSI_PASSWORD);
        try (PartnerClient partner = new PartnerClient(realm)) {
            String foreign = partner.token("C0001", ROSSI_PASSWORD);
            for (String path : paths) {
                HttpResponse<String> refused = portal.get(path, foreign);

                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(PortalClient.json(refused).get("type").asText())
                        .isEqualTo("urn:sportello:problem:unauthorized");
                assertThat(refused.body()).doesNotContain("%PDF").doesNotContain("Modulo");
            }
        }
        assertThat(crm.number("select count(*) from document_download")).isZero();
    }

    @Test
    void documentsPageMarksNewOnesDownloadsByMouseAndKeyboardAndPassesTheAccessibilityCheck() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", ROSSI_PASSWORD);

        console.menu("documents");
        console.visible(testId("document-" + ROSSI_CONTRACT));
        console.visible(testId("document-" + GENERAL_TARIFF));
        assertThat(console.all(By.cssSelector("[data-testid='documents-customer'] [data-testid^='document-new-']")))
                .hasSize(3);
        assertThat(console.visible(testId("documents-customer")).getText())
                .contains("Welcome to your customer area")
                .doesNotContain("Contratto di fornitura acqua");
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());
        audit.check("console, documents");

        console.click(testId("document-download-" + ROSSI_LETTER));
        assertThat(console.downloadedStart("='welcome-letter.pdf'", 5)).isEqualTo("%PDF-");
        console.gone(testId("document-new-" + ROSSI_LETTER));
        console.visible(testId("document-new-" + ROSSI_CONTRACT));

        // the download buttons are reachable and work from the keyboard
        console.visible(testId("document-download-" + GENERAL_TARIFF)).sendKeys(Keys.ENTER);
        assertThat(console.downloadedStart("='tariffe-gas-2026.pdf'", 5)).isEqualTo("%PDF-");
        console.gone(testId("document-new-" + GENERAL_TARIFF));
        assertThat(console.visible(testId("document-download-" + GENERAL_TARIFF))
                        .getAttribute("aria-label"))
                .isIn("Scarica Tariffe gas 2026", "Download Tariffe gas 2026");
        audit.check("console, documents after downloads");
        audit.assertClean();

        assertThat(crm.number("select count(*) from document_download where customer_code = 'C0001'"))
                .isEqualTo(2);
    }

    private String rossi() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        return browser.signInForToken("C0001", ROSSI_PASSWORD);
    }

    private String acqua() throws Exception {
        setPassword("c0002", ACQUA_PASSWORD);
        return browser.signInForToken("C0002", ACQUA_PASSWORD);
    }

    /** The customer's portal password, set as an administrator would; other classes change the CRM's legacy ones. */
    private void setPassword(String username, String password) {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, username), password);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.ISO_8859_1);
    }
}
