package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
 * {@code GET /supply-points/{id}/metering} and its CSV and XLSX files on a real Keycloak with the demo CRM (a year of
 * interval data up to yesterday): C0002's business electricity point by the quarter-hour, raw up to a month and summed
 * per day by the database for a year; C0001's gas point by the day in Smc; the 366-day limit and bad input as 400
 * problems; another customer's supply point 404 like an unknown one; no token or another client's token 401. Every
 * answer is validated against the OpenAPI file by {@link PortalClient}.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalMeteringIT {

    private static final String ROSSI_PASSWORD = "Rossi-Misure-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Misure-2026";
    private static final String BUSINESS = "/supply-points/2001/metering";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private BrowserLogin browser;
    private PortalClient portal;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
    }

    @Test
    void aDayIsNinetySixQuarterHoursAndAYearIsSummedPerDay() throws Exception {
        String token = acqua();
        LocalDate day = today.minusDays(10);

        JsonNode raw = ok(portal.get(BUSINESS + "?from=" + day + "&to=" + day, token));
        JsonNode year = ok(portal.get(BUSINESS + "?from=" + today.minusDays(365) + "&to=" + today.minusDays(1), token));

        assertThat(raw.get("resolution").asText()).isEqualTo("RAW");
        assertThat(raw.get("unit").asText()).isEqualTo("kWh");
        assertThat(raw.get("intervals")).hasSize(96);
        assertThat(raw.get("intervals").get(0).get("start").asText()).isEqualTo(day + "T00:00");
        assertThat(raw.get("intervals").get(95).get("start").asText()).isEqualTo(day + "T23:45");
        assertThat(raw.get("intervals").get(0).get("minutes").asInt()).isEqualTo(15);
        assertThat(year.get("resolution").asText()).isEqualTo("DAY");
        assertThat(year.get("intervals").size()).isBetween(364, 365);
        JsonNode summed = find(year.get("intervals"), day + "T00:00");
        assertThat(summed.get("minutes").asInt()).isEqualTo(1440);
        assertThat(summed.get("energy").decimalValue()).isEqualByComparingTo(sum(raw.get("intervals"), "energy"));
        assertThat(summed.get("power").decimalValue()).isEqualByComparingTo(max(raw.get("intervals"), "power"));

        JsonNode weeks =
                ok(portal.get(BUSINESS + "?from=" + day.minusDays(30) + "&to=" + day + "&resolution=week", token));
        assertThat(weeks.get("resolution").asText()).isEqualTo("WEEK");
        assertThat(weeks.get("intervals").size()).isBetween(5, 6);
        assertThat(weeks.get("intervals").get(0).get("minutes").asInt()).isEqualTo(10080);
    }

    @Test
    void gasPointWithoutARangeAnswersTheLastThirtyDaysInStandardCubicMetres() throws Exception {
        JsonNode gas = ok(portal.get("/supply-points/1002/metering", rossi()));

        assertThat(gas.get("from").asText()).isEqualTo(today.minusDays(30).toString());
        assertThat(gas.get("to").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(gas.get("unit").asText()).isEqualTo("Smc");
        assertThat(gas.get("intervals").size()).isBetween(29, 30);
        assertThat(gas.get("intervals")).allSatisfy(i -> {
            assertThat(i.get("minutes").asInt()).isEqualTo(1440);
            assertThat(i.get("volume").decimalValue()).isPositive();
            assertThat(i.get("energy").isNull()).isTrue();
        });
    }

    @Test
    void moreThan366DaysBadDatesAndRawForAYearAre400Problems() throws Exception {
        String token = acqua();

        HttpResponse<String> tooLong =
                portal.get(BUSINESS + "?from=" + today.minusDays(367) + "&to=" + today.minusDays(1), token);
        HttpResponse<String> bad = portal.get(BUSINESS + ".csv?from=2026-02-30&to=tomorrow&resolution=x", token);
        HttpResponse<String> rawYear = portal.get(
                BUSINESS + "?from=" + today.minusDays(365) + "&to=" + today.minusDays(1) + "&resolution=raw", token);

        assertThat(fields(tooLong)).containsExactly("to");
        assertThat(PortalClient.json(tooLong)
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText())
                .contains("366");
        assertThat(fields(bad)).containsExactly("from", "to", "resolution");
        assertThat(fields(rawYear)).containsExactly("resolution");
        HttpResponse<String> exactly366 =
                portal.get(BUSINESS + "?from=" + today.minusDays(366) + "&to=" + today.minusDays(1), token);
        assertThat(exactly366.statusCode()).as(exactly366.body()).isEqualTo(200);
    }

    @Test
    void anotherCustomersSupplyPointIsNotFoundLikeAnUnknownOne() throws Exception {
        String token = rossi();

        for (String path : List.of(
                BUSINESS,
                BUSINESS + ".csv",
                BUSINESS + ".xlsx",
                "/supply-points/999999/metering",
                "/supply-points/abc/metering.xlsx")) {
            HttpResponse<String> response = portal.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(PortalClient.json(response).get("type").asText())
                    .as(path)
                    .isEqualTo("urn:sportello:problem:not-found");
        }
    }

    @Test
    void csvAndXlsxHoldTheSameIntervalsAsTheApi() throws Exception {
        String token = acqua();
        LocalDate day = today.minusDays(5);
        String range = "?from=" + day + "&to=" + day;
        JsonNode json = ok(portal.get(BUSINESS + range, token));

        HttpResponse<String> csv = portal.get(BUSINESS + ".csv" + range, token);
        HttpResponse<byte[]> xlsx = portal.getBytes(
                BUSINESS + ".xlsx?from=" + today.minusDays(365) + "&to=" + today.minusDays(1) + "&resolution=raw",
                token);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"metering-IT001E87654321-" + day + "-" + day + ".csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(97);
        assertThat(lines[0]).isEqualTo("start,minutes,energy_kwh,power_kw,volume_smc");
        for (int i = 0; i < 96; i++) {
            JsonNode interval = json.get("intervals").get(i);
            String[] cells = lines[i + 1].split(",", -1);
            assertThat(cells[0]).isEqualTo(interval.get("start").asText());
            assertThat(cells[1]).isEqualTo("15");
            assertThat(new BigDecimal(cells[2]))
                    .isEqualByComparingTo(interval.get("energy").decimalValue());
            assertThat(new BigDecimal(cells[3]))
                    .isEqualByComparingTo(interval.get("power").decimalValue());
            assertThat(cells[4]).isEmpty();
        }

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.size() - 1).isBetween(364 * 96, 365 * 96);
            assertThat(rows.get(0).getCellAsString(2)).contains("energy_kwh");
            List<Row> ofDay = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                if (row.getCellAsDate(0).orElseThrow().toLocalDate().equals(day)) {
                    ofDay.add(row);
                }
            }
            assertThat(ofDay).hasSize(96);
            for (int i = 0; i < 96; i++) {
                JsonNode interval = json.get("intervals").get(i);
                assertThat(ofDay.get(i).getCellAsDate(0))
                        .contains(LocalDateTime.parse(interval.get("start").asText()));
                assertThat(ofDay.get(i).getCellAsNumber(2).orElseThrow())
                        .isEqualByComparingTo(interval.get("energy").decimalValue());
            }
        }
    }

    @Test
    void withoutATokenOrWithAnotherClientsTokenThen401Problem() throws Exception {
        for (String path : List.of(BUSINESS, BUSINESS + ".csv", BUSINESS + ".xlsx")) {
            assertThat(portal.get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(portal.get(path, "not-a-token").statusCode()).as(path).isEqualTo(401);
        }
        setPassword("c0002", ACQUA_PASSWORD);
        try (PartnerClient partner = new PartnerClient(realm)) {
            String foreign = partner.token("C0002", ACQUA_PASSWORD);
            for (String path : List.of(BUSINESS, BUSINESS + ".csv", BUSINESS + ".xlsx")) {
                HttpResponse<String> refused = portal.get(path, foreign);
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(PortalClient.json(refused).get("type").asText())
                        .isEqualTo("urn:sportello:problem:unauthorized");
            }
        }
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalClient.json(response);
    }

    private static List<String> fields(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        PortalClient.json(response)
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode find(JsonNode intervals, String start) {
        for (JsonNode interval : intervals) {
            if (interval.get("start").asText().equals(start)) {
                return interval;
            }
        }
        throw new AssertionError("No interval starting " + start);
    }

    private static BigDecimal sum(JsonNode intervals, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode interval : intervals) {
            sum = sum.add(interval.get(field).decimalValue());
        }
        return sum;
    }

    private static BigDecimal max(JsonNode intervals, String field) {
        BigDecimal max = null;
        for (JsonNode interval : intervals) {
            BigDecimal value = interval.get(field).decimalValue();
            max = max == null ? value : max.max(value);
        }
        return max;
    }

    private String rossi() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        return browser.signInForToken("C0001", ROSSI_PASSWORD);
    }

    private String acqua() throws Exception {
        setPassword("c0002", ACQUA_PASSWORD);
        return browser.signInForToken("C0002", ACQUA_PASSWORD);
    }

    private void setPassword(String username, String password) {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, username), password);
    }
}
