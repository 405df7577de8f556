package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import jakarta.persistence.EntityManager;
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
     * Inserts a self-reading now. The flush is deliberate: the crm unit's EntityManager is not flushed when Keycloak
     * commits, so an insert that no later query happens to auto-flush would be silently lost; flushed, it is part of
     * the transaction. A duplicate of the supply point's day fails here on the unique constraint
     * {@code uk_meter_reading_point_date}.
     */
    void createMeterReading(MeterReadingEntity reading) {
        em.persist(reading);
        em.flush();
    }

    void deleteMeterReading(MeterReadingEntity reading) {
        em.remove(reading);
        em.flush();
    }

    /** Writes pending changes of managed readings (an acquisition) now. */
    void flush() {
        em.flush();
    }
}
