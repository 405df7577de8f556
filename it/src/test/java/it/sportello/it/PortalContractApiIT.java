package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import java.net.http.HttpResponse;
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

/**
 * {@code GET /supply-points/{id}/contract} on a real Keycloak with the demo CRM, as the portal web app calls it: the
 * contract in force and the meter of the caller's own supply points (every answer validated against the OpenAPI file
 * by {@link PortalClient}), the IBAN of a SEPA mandate only masked, another customer's supply point 404 like an
 * unknown one, and no token or another client's token 401 (here and on {@code GET /home}).
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalContractApiIT {

    private static final String ROSSI_PASSWORD = "Rossi-Contratto-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Contratto-2026";
    /** C0001's SEPA mandate IBAN in the demo CRM (demo/contratto.csv). */
    private static final String ROSSI_IBAN = "IT60X0542811101000000123456";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;
    private PortalClient portal;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
    }

    @Test
    void electricityContractWithPowerVoltageAndMaskedSepaIban() throws Exception {
        HttpResponse<String> response = portal.get("/supply-points/1001/contract", rossi());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(ROSSI_IBAN).doesNotContain("0542811101");
        JsonNode contract = PortalClient.json(response).get("contract");
        assertThat(contract.get("offer").asText()).isEqualTo("Luce Sicura Bioraria");
        assertThat(contract.get("start").asText()).isEqualTo("2023-03-01");
        assertThat(contract.get("end").isNull()).isTrue();
        assertThat(contract.get("contractedPowerKw").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(contract.get("availablePowerKw").decimalValue()).isEqualByComparingTo("4.95");
        assertThat(contract.get("voltage").asText()).isEqualTo("230 V");
        assertThat(contract.get("useType").asText()).isEqualTo("DOMESTICO_RESIDENTE");
        assertThat(contract.get("paymentMethod").asText()).isEqualTo("SEPA");
        assertThat(contract.get("iban").asText()).isEqualTo("IT** **** **** 3456");
        assertThat(contract.get("mandateReference").asText()).isEqualTo("SPRT-C0001-0001");
        JsonNode meter = PortalClient.json(response).get("meter");
        assertThat(meter.get("serial").asText()).isEqualTo("E2-2017004571");
        assertThat(meter.get("meterClass").isNull()).isTrue();
    }

    @Test
    void gasMeterWithClassAndCorrectorAndSupplyPointWithoutContractData() throws Exception {
        String token = acqua();

        JsonNode gas = PortalClient.json(portal.get("/supply-points/2002/contract", token));
        assertThat(gas.get("meter").get("meterClass").asText()).isEqualTo("G16");
        assertThat(gas.get("meter").get("correctorSerial").asText()).isEqualTo("CV-0098123");
        assertThat(gas.get("contract").get("paymentMethod").asText()).isEqualTo("BONIFICO");
        assertThat(gas.get("contract").get("iban").isNull()).isTrue();

        HttpResponse<String> water = portal.get("/supply-points/2003/contract", token);
        assertThat(water.statusCode()).as(water.body()).isEqualTo(200);
        assertThat(water.body()).isEqualTo("{\"contract\":null,\"meter\":null}");
    }

    @Test
    void anotherCustomersSupplyPointIsNotFoundLikeAnUnknownOne() throws Exception {
        String token = acqua();

        for (String path : List.of(
                "/supply-points/1001/contract", "/supply-points/999999/contract", "/supply-points/abc/contract")) {
            HttpResponse<String> response = portal.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(PortalClient.json(response).get("type").asText())
                    .as(path)
                    .isEqualTo("urn:sportello:problem:not-found");
            assertThat(response.body()).doesNotContain("IT**");
        }
    }

    @Test
    void withoutATokenOrWithAnotherClientsTokenThen401Problem() throws Exception {
        for (String path : List.of("/supply-points/1001/contract", "/home")) {
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
            for (String path : List.of("/supply-points/1001/contract", "/home")) {
                HttpResponse<String> refused = portal.get(path, foreign);

                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(PortalClient.json(refused).get("type").asText())
                        .isEqualTo("urn:sportello:problem:unauthorized");
                assertThat(refused.body()).doesNotContain("Luce").doesNotContain("Rossi");
            }
        }
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
}
