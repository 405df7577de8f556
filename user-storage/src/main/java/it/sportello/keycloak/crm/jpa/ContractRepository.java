package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The query over the CRM's {@code contratto} and {@code misuratore} tables: both found by supply point through their
 * indexes ({@code ix_contratto_punto}, {@code ix_misuratore_punto}), in one statement. The supply point's ownership was
 * checked before, by the owned handle.
 */
final class ContractRepository {

    private final EntityManager em;

    ContractRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The contract started last (by today) and the meter installed last (by today), either null when there is none:
     * one row, the newest of each first.
     */
    Optional<Object[]> contractAndMeter(long supplyPointId, LocalDate today) {
        return em
                .createQuery(
                        "select c, m from SupplyPointEntity s"
                                + " left join ContractEntity c on c.supplyPointId = s.id and c.start <= :today"
                                + " left join MeterEntity m on m.supplyPointId = s.id and m.installedOn <= :today"
                                + " where s.id = :id order by c.start desc, m.installedOn desc",
                        Object[].class)
                .setParameter("id", supplyPointId)
                .setParameter("today", today)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
