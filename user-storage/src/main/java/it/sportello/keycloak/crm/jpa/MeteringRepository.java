package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The queries over the CRM's {@code metering_interval} table: one supply point and a range of start times, an index
 * range scan of the primary key (supply point, start) whatever the table's size. The sums per day are computed by the
 * database, so a year of quarter-hours leaves it as 366 rows. The supply point's ownership was checked before, by the
 * owned handle.
 */
final class MeteringRepository {

    private final EntityManager em;

    MeteringRepository(EntityManager em) {
        this.em = em;
    }

    /** The stored intervals starting in [from, to), oldest first: start, minutes, energy, power, volume. */
    List<Object[]> raw(long supplyPointId, LocalDateTime from, LocalDateTime to) {
        return em.createQuery(
                        "select m.start, m.minutes, m.energyKwh, m.powerKw, m.volumeSmc from MeteringIntervalEntity m"
                                + " where m.supplyPointId = :id and m.start >= :from and m.start < :to"
                                + " order by m.start",
                        Object[].class)
                .setParameter("id", supplyPointId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * The sums per day of the intervals starting in [from, to), oldest first: day, energy (sum), power (highest),
     * volume (sum).
     */
    List<Object[]> daily(long supplyPointId, LocalDateTime from, LocalDateTime to) {
        return em.createQuery(
                        "select cast(m.start as LocalDate), sum(m.energyKwh), max(m.powerKw), sum(m.volumeSmc)"
                                + " from MeteringIntervalEntity m"
                                + " where m.supplyPointId = :id and m.start >= :from and m.start < :to"
                                + " group by cast(m.start as LocalDate) order by cast(m.start as LocalDate)",
                        Object[].class)
                .setParameter("id", supplyPointId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
