package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.MeterReadingStatus;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries over Sportello's {@code meter_reading} table in the CRM database. */
final class MeterReadingRepository {

    private final EntityManager em;

    MeterReadingRepository(EntityManager em) {
        this.em = em;
    }

    List<MeterReadingEntity> meterReadings(long supplyPointId, int max) {
        return em.createQuery(
                        "select r from MeterReadingEntity r where r.supplyPointId = :point"
                                + " order by r.readingDate desc",
                        MeterReadingEntity.class)
                .setParameter("point", supplyPointId)
                .setMaxResults(max)
                .getResultList();
    }

    Optional<MeterReadingEntity> meterReading(String id) {
        return CrmQueries.byKey(em, MeterReadingEntity.class, "id", id);
    }

    /**
     * The reading as the database has it now: a bulk update bypasses the entities this session already holds, which
     * a query would hand back unchanged.
     */
    Optional<MeterReadingEntity> currentMeterReading(String id) {
        Optional<MeterReadingEntity> reading = meterReading(id);
        reading.ifPresent(em::refresh);
        return reading;
    }

    /** The reading only if it is one of the supply point's, in one statement. */
    Optional<MeterReadingEntity> meterReading(long supplyPointId, String id) {
        return em
                .createQuery(
                        "select r from MeterReadingEntity r where r.id = :id and r.supplyPointId = :point",
                        MeterReadingEntity.class)
                .setParameter("id", id)
                .setParameter("point", supplyPointId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Inserts a self-reading now, in the caller's transaction, unless the supply point has a reading of that day
     * ({@code uk_meter_reading_point_date}): then nothing is inserted and nothing fails, so the transaction stays good
     * (see {@link MeterReadingInsert}). Returns whether the reading was inserted.
     */
    boolean createMeterReading(MeterReadingEntity reading) {
        return MeterReadingInsert.insertUnlessDayTaken(em, reading) == 1;
    }

    /**
     * Deletes the reading of the supply point only if it is not acquired, in one statement: the database decides
     * against an acquisition running at the same time (the row lock, and the condition checked again on the row that
     * committed), so an acquired reading is never deleted. Returns the rows deleted, 0 or 1.
     */
    int deleteUnlessAcquired(long supplyPointId, String id) {
        return em.createQuery("delete from MeterReadingEntity r where r.id = :id and r.supplyPointId = :point"
                        + " and r.status <> :acquired")
                .setParameter("id", id)
                .setParameter("point", supplyPointId)
                .setParameter("acquired", MeterReadingStatus.ACQUIRED)
                .executeUpdate();
    }

    /** Marks the reading acquired if it is still submitted; returns the rows changed, 0 or 1. */
    int acquireSubmitted(String id) {
        return em.createQuery("update MeterReadingEntity r set r.status = :acquired where r.id = :id"
                        + " and r.status = :submitted")
                .setParameter("acquired", MeterReadingStatus.ACQUIRED)
                .setParameter("id", id)
                .setParameter("submitted", MeterReadingStatus.SUBMITTED)
                .executeUpdate();
    }

    /**
     * Marks acquired every reading still submitted and created before the instant, in one statement (index
     * {@code ix_meter_reading_status} on status and creation time); returns the rows changed.
     */
    int acquireSubmittedBefore(Instant createdBefore) {
        return em.createQuery("update MeterReadingEntity r set r.status = :acquired where r.status = :submitted"
                        + " and r.createdAt < :before")
                .setParameter("acquired", MeterReadingStatus.ACQUIRED)
                .setParameter("submitted", MeterReadingStatus.SUBMITTED)
                .setParameter("before", createdBefore)
                .executeUpdate();
    }
}
