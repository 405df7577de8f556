package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.CrmTestDatabase;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.MeterReadingDeletion;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.MeterReadingStatus;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The automatic acquisition of self-readings against the customer's withdrawal, on the real changelogs in H2: each
 * test commits, so two entity managers (two connections, two transactions) meet on the same row as two requests do.
 */
class JpaMeterReadingAcquisitionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final Duration DELAY = Duration.ofHours(48);
    private static CrmTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = CrmTestDatabase.withDemoData();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void noReadings() throws SQLException {
        try (Connection c = database.connection()) {
            c.createStatement().execute("delete from meter_reading");
        }
    }

    @Test
    void onlyReadingsStillSubmittedAfterTheDelayAreAcquired() throws SQLException {
        String old = insert(1001, 1, "SUBMITTED", NOW.minus(DELAY).minusSeconds(1));
        String fresh = insert(1001, 2, "SUBMITTED", NOW.minus(DELAY).plusSeconds(60));
        String refused = insert(1001, 3, "REFUSED", NOW.minus(Duration.ofDays(10)));
        String acquired = insert(1001, 4, "ACQUIRED", NOW.minus(Duration.ofDays(10)));

        assertThat(acquireOld()).isEqualTo(1);

        assertThat(status(old)).isEqualTo("ACQUIRED");
        assertThat(status(fresh)).isEqualTo("SUBMITTED");
        assertThat(status(refused)).isEqualTo("REFUSED");
        assertThat(status(acquired)).isEqualTo("ACQUIRED");
        // a second run (another node, say) finds nothing left to acquire
        assertThat(acquireOld()).isZero();
    }

    @Test
    void withdrawalWaitingOnAnAcquisitionLeavesTheAcquiredReading() throws Exception {
        String id = insert(1001, 5, "SUBMITTED", NOW.minus(Duration.ofDays(3)));
        EntityManager acquiring = begin();
        assertThat(directory(acquiring).meterReadings().acquireSubmittedBefore(NOW.minus(DELAY)))
                .isEqualTo(1);

        // the customer's withdrawal runs while the acquisition holds the row, and waits for it
        CompletableFuture<MeterReadingDeletion> withdrawal = CompletableFuture.supplyAsync(
                () -> inTransaction(em -> directory(em).meterReadings().delete(owned(em, "C0001", 1001), id)));
        Thread.sleep(300);
        assertThat(withdrawal).isNotDone();
        commit(acquiring);

        assertThat(withdrawal.get(10, TimeUnit.SECONDS)).isEqualTo(MeterReadingDeletion.ACQUIRED);
        assertThat(status(id)).isEqualTo("ACQUIRED");
    }

    @Test
    void acquisitionWaitingOnAWithdrawalAcquiresNothing() throws Exception {
        String id = insert(1001, 6, "SUBMITTED", NOW.minus(Duration.ofDays(3)));
        EntityManager withdrawing = begin();
        assertThat(directory(withdrawing).meterReadings().delete(owned(withdrawing, "C0001", 1001), id))
                .isEqualTo(MeterReadingDeletion.DELETED);

        CompletableFuture<Integer> acquisition = CompletableFuture.supplyAsync(
                () -> inTransaction(em -> directory(em).meterReadings().acquireSubmittedBefore(NOW.minus(DELAY))));
        Thread.sleep(300);
        commit(withdrawing);

        assertThat(acquisition.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(status(id)).isNull();
    }

    @Test
    void backOfficeAcquisitionLeavesARefusedReadingRefusedWithItsInformation() throws SQLException {
        String refused = insert(1001, 7, "REFUSED", NOW.minus(Duration.ofDays(1)));

        MeterReadingRecord reading = inTransaction(
                em -> directory(em).meterReadings().acquire(refused).orElseThrow());

        assertThat(reading.status()).isEqualTo(MeterReadingStatus.REFUSED);
        assertThat(reading.information()).isEqualTo("Lettura non plausibile");
        assertThat(reading.deletable()).isTrue();
        assertThat(reading.valid()).isFalse();
    }

    private static int acquireOld() {
        return inTransaction(em -> directory(em).meterReadings().acquireSubmittedBefore(NOW.minus(DELAY)));
    }

    private static String insert(long point, int daysAgo, String status, Instant createdAt) throws SQLException {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(
                        "insert into meter_reading (id, supply_point_id,"
                                + " reading_date, meter_value, status, created_at, information) values (?, ?, ?, 10, ?, ?, ?)")) {
            s.setString(1, id);
            s.setLong(2, point);
            s.setObject(3, LocalDate.of(2026, 11, 20).minusDays(daysAgo));
            s.setString(4, status);
            s.setObject(5, createdAt.atOffset(ZoneOffset.UTC).toLocalDateTime());
            s.setString(6, status.equals("REFUSED") ? "Lettura non plausibile" : null);
            s.executeUpdate();
        }
        return id;
    }

    private static String status(String id) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement("select status from meter_reading where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static JpaCustomerDirectory directory(EntityManager em) {
        return new JpaCustomerDirectory(em, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static OwnedSupplyPoint owned(EntityManager em, String code, long id) {
        return directory(em)
                .supplyPoints()
                .owned(CustomerCode.stored(code).orElseThrow(), id)
                .orElseThrow();
    }

    private static EntityManager begin() {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        return em;
    }

    private static void commit(EntityManager em) {
        em.getTransaction().commit();
        em.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = begin();
        T result = work.apply(em);
        commit(em);
        return result;
    }
}
