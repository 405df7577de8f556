package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.RealmUsers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * The automatic acquisition of self-readings on the real server: the suite runs the task every
 * {@link SportelloServerConfig#READING_AUTO_ACQUIRE_INTERVAL_SECONDS} seconds with the production delay (48 hours), and
 * the test writes readings "submitted" before and after that delay straight into the CRM database, as time would. A
 * reading the CRM acquired or refused is left alone, the refusal's information reaches the API, and a withdrawal that
 * meets an acquisition on the same row (the CRM's transaction holding it) is refused with 409 and the reading stays.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ReadingAcquisitionIT {

    private static final String PASSWORD = "Rossi-Readings-2026";
    /** C0001's water supply point; the test's readings are dated 2020, long before any other test's. */
    private static final long WATER = 1003;

    private static final LocalDate TEST_DAYS = LocalDate.of(2020, 1, 1);

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    private PortalClient portal;
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), PASSWORD);
        token = new BrowserLogin(realm, driver, loginPage).signInForToken("C0001", PASSWORD);
        portal = new PortalClient(realm.getBaseUrl());
    }

    @AfterEach
    void removeTheTestsReadings() throws SQLException {
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement(
                        "delete from meter_reading where supply_point_id = ? and reading_date < ?")) {
            s.setLong(1, WATER);
            s.setObject(2, TEST_DAYS.plusYears(1));
            s.executeUpdate();
        }
    }

    @Test
    void submittedPastTheDelayIsAcquiredAndTheCrmsOwnDecisionsAreLeftAlone() throws Exception {
        String old = insert(0, "SUBMITTED", Duration.ofHours(49), null);
        String recent = insert(1, "SUBMITTED", Duration.ofHours(47), null);
        String refused = insert(2, "REFUSED", Duration.ofDays(5), "Lettura inferiore alla precedente");
        String corrected = insert(3, "ACQUIRED", Duration.ofDays(5), "Rettificata dal distributore: 1234");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"ACQUIRED".equals(status(old)) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }

        assertThat(status(old)).as("submitted 49 hours ago").isEqualTo("ACQUIRED");
        assertThat(status(recent)).as("submitted 47 hours ago").isEqualTo("SUBMITTED");
        assertThat(status(refused)).isEqualTo("REFUSED");
        assertThat(status(corrected)).isEqualTo("ACQUIRED");
        JsonNode readings = PortalClient.json(portal.get("/supply-points/" + WATER + "/readings", token));
        assertThat(reading(readings, refused).get("information").asText())
                .isEqualTo("Lettura inferiore alla precedente");
        assertThat(reading(readings, refused).get("deletable").asBoolean()).isTrue();
        assertThat(reading(readings, corrected).get("information").asText()).startsWith("Rettificata");
        assertThat(reading(readings, old).get("deletable").asBoolean()).isFalse();
        assertThat(reading(readings, old).get("information").isNull()).isTrue();
        HttpResponse<String> withdrawal = portal.delete("/supply-points/" + WATER + "/readings/" + old, token);
        assertThat(withdrawal.statusCode()).isEqualTo(409);
        assertThat(withdrawal.body()).contains("urn:sportello:problem:reading-acquired");
    }

    @Test
    void withdrawalMeetingAnAcquisitionOfTheSameReadingIsRefusedAndTheReadingStays() throws Exception {
        String id = insert(4, "SUBMITTED", Duration.ofMinutes(1), null);
        try (Connection crm = SportelloServerConfig.CRM.connect()) {
            crm.setAutoCommit(false);
            // the CRM acquires the reading; until it commits, its transaction holds the row
            try (PreparedStatement s = crm.prepareStatement(
                    "update meter_reading set status = 'ACQUIRED' where id = ? and status = 'SUBMITTED'")) {
                s.setString(1, id);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<HttpResponse<String>> withdrawal = CompletableFuture.supplyAsync(() -> {
                try {
                    return portal.delete("/supply-points/" + WATER + "/readings/" + id, token);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1000);
            assertThat(withdrawal)
                    .as("the withdrawal waits for the acquisition")
                    .isNotDone();
            crm.commit();

            HttpResponse<String> answer = withdrawal.get(15, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
            assertThat(answer.body()).contains("urn:sportello:problem:reading-acquired");
        }
        assertThat(status(id)).isEqualTo("ACQUIRED");
    }

    private static JsonNode reading(JsonNode readings, String id) {
        for (JsonNode r : readings) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("No reading " + id + " in " + readings);
    }

    /** A reading of C0001's water meter dated {@code day} days into 2020, submitted {@code age} ago (UTC). */
    private static String insert(int day, String status, Duration age, String information) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement(
                        "insert into meter_reading (id, supply_point_id,"
                                + " reading_date, meter_value, status, created_at, information) values (?, ?, ?, 5, ?, ?, ?)")) {
            s.setString(1, id);
            s.setLong(2, WATER);
            s.setObject(3, TEST_DAYS.plusDays(day));
            s.setString(4, status);
            s.setTimestamp(
                    5, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(age)));
            s.setString(6, information);
            s.executeUpdate();
        }
        return id;
    }

    private static String status(String id) throws SQLException {
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement("select status from meter_reading where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
