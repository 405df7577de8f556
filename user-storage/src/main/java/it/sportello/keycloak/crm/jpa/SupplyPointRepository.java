package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.readings.ReadingWindowEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The queries over the CRM's {@code supply_point}, {@code invoice} and {@code consumption} tables. Every query filters
 * on an indexed column and on the owner where the table has one, in SQL; lists are bounded. Arguments arrive already
 * normalized.
 */
final class SupplyPointRepository {

    private final EntityManager em;

    SupplyPointRepository(EntityManager em) {
        this.em = em;
    }

    List<SupplyPointEntity> supplyPoints(String customerCode, int max) {
        return em.createQuery(
                        "select s from SupplyPointEntity s where s.customerCode = :code order by s.id",
                        SupplyPointEntity.class)
                .setParameter("code", customerCode)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The supply point only if it belongs to the customer, with the self-reading window of its commodity (null when
     * there is none; the contract expects at most one per commodity, the first by id wins): one statement for what a
     * portal request on a supply point needs before its own query, so a self-reading costs three statements in all.
     */
    Optional<Object[]> ownedWithWindow(String customerCode, long supplyPointId) {
        return em
                .createQuery(
                        "select s, w from SupplyPointEntity s"
                                + " left join ReadingWindowEntity w on w.commodity = s.commodity"
                                + " where s.id = :id and s.customerCode = :code order by w.id",
                        Object[].class)
                .setParameter("id", supplyPointId)
                .setParameter("code", customerCode)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    static SupplyPointEntity supplyPointOf(Object[] row) {
        return (SupplyPointEntity) row[0];
    }

    static ReadingWindowEntity windowOf(Object[] row) {
        return (ReadingWindowEntity) row[1];
    }

    /**
     * A page of the supply point's invoices, each row the invoice and the number of all rows the query matches (a
     * window function, so the page and its total are one statement).
     */
    List<Object[]> invoicesWithTotal(
            String customerCode, long supplyPointId, LocalDate from, LocalDate to, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(
                "select i, count(*) over () from InvoiceEntity i" + invoiceCondition(from, to)
                        + " order by i.issueDate desc, i.number desc",
                Object[].class);
        bindInvoices(query, customerCode, supplyPointId, from, to);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    long countInvoices(String customerCode, long supplyPointId, LocalDate from, LocalDate to) {
        TypedQuery<Long> query =
                em.createQuery("select count(i) from InvoiceEntity i" + invoiceCondition(from, to), Long.class);
        bindInvoices(query, customerCode, supplyPointId, from, to);
        return query.getSingleResult();
    }

    Optional<InvoiceEntity> invoice(String customerCode, String number) {
        return em
                .createQuery(
                        "select i from InvoiceEntity i where i.number = :number and i.customerCode = :code",
                        InvoiceEntity.class)
                .setParameter("number", number)
                .setParameter("code", customerCode)
                .getResultList()
                .stream()
                .findFirst();
    }

    List<ConsumptionEntity> consumption(long supplyPointId, int year) {
        return em.createQuery(
                        "select c from ConsumptionEntity c where c.supplyPointId = :point and c.year = :year"
                                + " order by c.month",
                        ConsumptionEntity.class)
                .setParameter("point", supplyPointId)
                .setParameter("year", year)
                .setMaxResults(12)
                .getResultList();
    }

    private static String invoiceCondition(LocalDate from, LocalDate to) {
        return " where i.supplyPointId = :point and i.customerCode = :code"
                + (from == null ? "" : " and i.issueDate >= :from")
                + (to == null ? "" : " and i.issueDate <= :to");
    }

    private static void bindInvoices(
            TypedQuery<?> query, String customerCode, long supplyPointId, LocalDate from, LocalDate to) {
        query.setParameter("point", supplyPointId).setParameter("code", customerCode);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }
}
