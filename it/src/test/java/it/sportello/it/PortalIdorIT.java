package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
 * One table over every id-carrying operation of the portal API except tickets (their own tests cover them): Mario
 * Rossi (C0001) asking for Acqua Chiara's (C0002) supply point, document, invoice or reading gets exactly the answer
 * of an id that does not exist (status, content type and problem body compared), and nothing of theirs changes; his
 * own ids answer, so each row's path is a live one. Then every row, and the id-less new endpoints, refuse a missing
 * token, a malformed one and a genuine token of another client of the realm with a 401 problem.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalIdorIT {

    private static final String ROSSI_PASSWORD = "Rossi-Idor-2026";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    private static final String RANGE = "?from=" + TODAY.minusDays(7) + "&to=" + TODAY.minusDays(1);

    /** An operation: method, path with {sp}, {doc}, {invoice}, {reading} placeholders, JSON body or null. */
    record Row(String method, String template, String body) {

        String path(Ids ids) {
            return template.replace("{sp}", ids.supplyPoint)
                    .replace("{doc}", ids.document)
                    .replace("{invoice}", ids.invoice)
                    .replace("{reading}", ids.reading);
        }

        boolean writes() {
            return !"GET".equals(method);
        }
    }

    /** One customer's ids, or ids that exist nowhere. */
    record Ids(String supplyPoint, String document, String invoice, String reading) {}

    static final List<Row> ROWS = List.of(
            new Row("GET", "/supply-points/{sp}/contract", null),
            new Row("GET", "/supply-points/{sp}/metering" + RANGE, null),
            new Row("GET", "/supply-points/{sp}/metering.csv" + RANGE, null),
            new Row("GET", "/supply-points/{sp}/metering.xlsx" + RANGE, null),
            new Row("GET", "/supply-points/{sp}/readings", null),
            new Row("GET", "/supply-points/{sp}/reading-window", null),
            new Row("POST", "/supply-points/{sp}/readings", "{\"meterValue\": 99999}"),
            new Row("DELETE", "/supply-points/{sp}/readings/{reading}", null),
            // another customer's reading under the caller's own supply point
            new Row("DELETE", "/supply-points/1001/readings/{reading}", null),
            new Row("GET", "/documents/{doc}/content", null),
            new Row("GET", "/supply-points/{sp}/invoices", null),
            new Row("GET", "/invoices/{invoice}/pdf", null),
            new Row("GET", "/supply-points/{sp}/consumption?year=2025", null),
            new Row("GET", "/supply-points/{sp}/consumption.csv?year=2025", null));

    /** Id-less endpoints of this round: only the 401 part applies. */
    static final List<String> ID_LESS = List.of("/home", "/documents");

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private PortalClient portal;
    private String theirReading;
    private String ownReading;

    @BeforeEach
    void setUp() throws Exception {
        portal = new PortalClient(realm.getBaseUrl());
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), ROSSI_PASSWORD);
        theirReading = insertReading(2001);
        ownReading = insertReading(1001);
    }

    @AfterEach
    void tearDown() throws Exception {
        crm.execute("delete from meter_reading where id in (?, ?)", theirReading, ownReading);
        crm.execute("delete from document_download where customer_code = 'C0001'");
    }

    @Test
    void anotherCustomersIdsAnswerExactlyLikeMissingOnesOnEveryRow() throws Exception {
        String token = new BrowserLogin(realm, driver, loginPage).signInForToken("C0001", ROSSI_PASSWORD);
        Ids own = new Ids("1001", "1", "FT2025-000001", ownReading);
        Ids theirs = new Ids("2001", "4", "FT2026-000007", theirReading);
        Ids missing =
                new Ids("999999", "999999", "FT0000-999999", UUID.randomUUID().toString());
        long theirRows = theirRows();

        for (Row row : ROWS) {
            HttpResponse<String> other = call(row, row.path(theirs), token);
            HttpResponse<String> none = call(row, row.path(missing), token);

            String what = row.method() + " " + row.path(theirs);
            assertThat(other.statusCode()).as("%s: %s", what, other.body()).isEqualTo(404);
            assertThat(none.statusCode())
                    .as("%s (missing id): %s", what, none.body())
                    .isEqualTo(404);
            assertThat(other.headers().firstValue("Content-Type"))
                    .as(what)
                    .isEqualTo(none.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            JsonNode problem = PortalClient.json(other);
            assertThat(problem).as(what).isEqualTo(PortalClient.json(none));
            assertThat(problem.get("type").asText()).as(what).isEqualTo("urn:sportello:problem:not-found");
            assertThat(theirRows()).as("nothing of C0002 changed by " + what).isEqualTo(theirRows);
            if (!row.writes()) {
                HttpResponse<String> mine = call(row, row.path(own), token);
                assertThat(mine.statusCode())
                        .as("%s %s: %s", row.method(), row.path(own), mine.body())
                        .isEqualTo(200);
            }
        }
        assertThat(crm.number("select count(*) from meter_reading where id = ? and status = 'SUBMITTED'", theirReading))
                .isEqualTo(1);
    }

    @Test
    void noTokenAMalformedOneAndAnotherClientsTokenAre401ProblemsOnEveryRow() throws Exception {
        Ids own = new Ids("1001", "1", "FT2025-000001", ownReading);
        try (PartnerClient partner = new PartnerClient(realm)) {
            String foreign = partner.token("C0001", ROSSI_PASSWORD);
            List<Row> rows = new java.util.ArrayList<>(ROWS);
            ID_LESS.forEach(path -> rows.add(new Row("GET", path, null)));
            for (Row row : rows) {
                String path = row.path(own);
                for (String token : new String[] {null, "not-a-token", foreign}) {
                    HttpResponse<String> refused = call(row, path, token);

                    String what = row.method() + " " + path + (foreign.equals(token) ? " (partner-app)" : "");
                    assertThat(refused.statusCode())
                            .as("%s: %s", what, refused.body())
                            .isEqualTo(401);
                    assertThat(refused.headers().firstValue("Content-Type"))
                            .as(what)
                            .get()
                            .asString()
                            .startsWith("application/problem+json");
                    assertThat(PortalClient.json(refused).get("type").asText())
                            .as(what)
                            .isEqualTo("urn:sportello:problem:unauthorized");
                }
            }
        }
        assertThat(crm.number("select count(*) from meter_reading where id = ?", ownReading))
                .as("the refused withdrawal left C0001's reading")
                .isEqualTo(1);
        assertThat(crm.number("select count(*) from document_download where customer_code = 'C0001'"))
                .as("no refused download marked")
                .isZero();
    }

    private HttpResponse<String> call(Row row, String path, String token) throws Exception {
        HttpRequest.Builder request = portal.request(path, token).header("Accept-Language", "it");
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                row.method(),
                row.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body()));
        return portal.send(request.build());
    }

    /** C0002's readings, downloads and invoices together: no row of the table may change them. */
    private long theirRows() throws Exception {
        return crm.number("select count(*) from meter_reading r join supply_point s on s.id = r.supply_point_id"
                        + " where s.customer_code = 'C0002'")
                + 1000 * crm.number("select count(*) from document_download where customer_code = 'C0002'");
    }

    private String insertReading(long supplyPoint) throws Exception {
        String id = UUID.randomUUID().toString();
        crm.execute(
                "insert into meter_reading (id, supply_point_id, reading_date, meter_value, corrector_value, status,"
                        + " submitted_by, created_at) values (?, ?, ?, ?, null, 'SUBMITTED', null, ?)",
                id,
                supplyPoint,
                Date.valueOf(TODAY.minusDays(3)),
                new java.math.BigDecimal("100"),
                Timestamp.from(Instant.now()));
        return id;
    }
}
