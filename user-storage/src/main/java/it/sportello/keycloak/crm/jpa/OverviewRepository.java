package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.readings.ReadingWindowEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The home page's queries: a customer's supply points with their reading windows ({@code ix_supply_point_customer},
 * the windows being one row per commodity) and the customer's newest invoice ({@code ix_invoice_customer}).
 */
final class OverviewRepository {

    private final EntityManager em;

    OverviewRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows of supply point and window (null when none), by supply point id, then window id. */
    List<Object[]> supplyPointsWithWindows(String customerCode, int max) {
        return em.createQuery(
                        "select s, w from SupplyPointEntity s"
                                + " left join ReadingWindowEntity w on w.commodity = s.commodity"
                                + " where s.customerCode = :code order by s.id, w.id",
                        Object[].class)
                .setParameter("code", customerCode)
                .setMaxResults(max)
                .getResultList();
    }

    static SupplyPointEntity supplyPointOf(Object[] row) {
        return (SupplyPointEntity) row[0];
    }

    static ReadingWindowEntity windowOf(Object[] row) {
        return (ReadingWindowEntity) row[1];
    }

    Optional<InvoiceEntity> latestInvoice(String customerCode) {
        return em
                .createQuery(
                        "select i from InvoiceEntity i where i.customerCode = :code"
                                + " order by i.issueDate desc, i.number desc",
                        InvoiceEntity.class)
                .setParameter("code", customerCode)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The notices valid at the instant for the customer and for everybody, in the language or in none, newest first
     * ({@code ix_avviso_cliente}).
     */
    List<NoticeEntity> notices(String customerCode, String language, Instant now, int max) {
        return em.createQuery(
                        "select a from NoticeEntity a where (a.customerCode = :code or a.customerCode is null)"
                                + " and a.validFrom <= :now and (a.validUntil is null or a.validUntil > :now)"
                                + " and (a.language is null or lower(a.language) = :language)"
                                + " order by a.validFrom desc, a.id desc",
                        NoticeEntity.class)
                .setParameter("code", customerCode)
                .setParameter("now", now)
                .setParameter("language", language)
                .setMaxResults(max)
                .getResultList();
    }
}
