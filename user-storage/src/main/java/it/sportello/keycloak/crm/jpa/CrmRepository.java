package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import it.sportello.keycloak.crm.readings.ReadingWindowEntity;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The JPQL queries over the CRM contract tables. Every query filters on an indexed column (see the demo changelog for
 * the indexes the contract expects) and every list is paged or bounded by its key, so nothing loads a whole table.
 * Arguments arrive already normalized by {@link JpaCustomerDirectory}.
 */
public class CrmRepository {

    /** Sequence of the ticket numbers, created by the Sportello changelog. */
    static final String TICKET_NUMBER_SEQUENCE = "support_ticket_number_seq";

    /** Escape character for LIKE patterns; not a backslash, which MariaDB treats as an escape inside literals. */
    static final char LIKE_ESCAPE = '!';

    private static final String SEARCH_CONDITION = " where c.customerCode like :upper escape '!'"
            + " or c.taxId like :upper escape '!'"
            + " or lower(c.email) like :lower escape '!'"
            + " or lower(c.lastName) like :lower escape '!'"
            + " or lower(c.companyName) like :lower escape '!'";

    private final EntityManager em;

    /**
     * Customers already read through this repository, by code, found or not. Keycloak validates an imported user
     * against the CRM each time a request looks the user up, and claiming asks about the same code from several
     * steps: without this one sign-in sent the same statement 17 times. The repository lives as long as its entity
     * manager, one Keycloak session (one request), whose persistence context would hand back the same managed
     * entity for the row anyway; nothing is kept beyond the request.
     */
    private final Map<String, Optional<CustomerEntity>> customersByCode = new HashMap<>();

    public CrmRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<CustomerEntity> customer(String customerCode) {
        Optional<CustomerEntity> known = customersByCode.get(customerCode);
        if (known != null) {
            return known;
        }
        // a failed read throws and is not remembered
        Optional<CustomerEntity> found = byKey(CustomerEntity.class, "customerCode", customerCode);
        customersByCode.put(customerCode, found);
        return found;
    }

    /** At most {@code max} customers whose email equals the lower-case argument, ignoring case. */
    public List<CustomerEntity> customersByEmail(String lowerCaseEmail, int max) {
        return em.createQuery(
                        "select c from CustomerEntity c where lower(c.email) = :email order by c.customerCode",
                        CustomerEntity.class)
                .setParameter("email", lowerCaseEmail)
                .setMaxResults(max)
                .getResultList();
    }

    public boolean emailUsedByOther(String lowerCaseEmail, String customerCode) {
        return !em.createQuery(
                        "select c.customerCode from CustomerEntity c"
                                + " where lower(c.email) = :email and c.customerCode <> :code",
                        String.class)
                .setParameter("email", lowerCaseEmail)
                .setParameter("code", customerCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<CustomerEntity> customersByTaxId(String taxId, int max) {
        return em.createQuery(
                        "select c from CustomerEntity c where c.taxId = :taxId order by c.customerCode",
                        CustomerEntity.class)
                .setParameter("taxId", taxId)
                .setMaxResults(max)
                .getResultList();
    }

    public List<CustomerEntity> searchCustomers(String text, int first, int max) {
        TypedQuery<CustomerEntity> query;
        if (text.isEmpty()) {
            query = em.createQuery("select c from CustomerEntity c order by c.customerCode", CustomerEntity.class);
        } else {
            query = em.createQuery(
                    "select c from CustomerEntity c" + SEARCH_CONDITION + " order by c.customerCode",
                    CustomerEntity.class);
            bindSearch(query, text);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countCustomers(String text) {
        if (text.isEmpty()) {
            return em.createQuery("select count(c) from CustomerEntity c", Long.class)
                    .getSingleResult();
        }
        TypedQuery<Long> query = em.createQuery("select count(c) from CustomerEntity c" + SEARCH_CONDITION, Long.class);
        bindSearch(query, text);
        return query.getSingleResult();
    }

    public List<CustomerEntity> customersChangedSince(Instant since, int first, int max) {
        return em.createQuery(
                        "select c from CustomerEntity c where c.updatedAt >= :since"
                                + " order by c.updatedAt, c.customerCode",
                        CustomerEntity.class)
                .setParameter("since", since)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public List<SupplyPointEntity> supplyPoints(String customerCode) {
        return em.createQuery(
                        "select s from SupplyPointEntity s where s.customerCode = :code order by s.id",
                        SupplyPointEntity.class)
                .setParameter("code", customerCode)
                .getResultList();
    }

    /** The supply point only if it belongs to the customer. */
    public Optional<SupplyPointEntity> supplyPoint(String customerCode, long supplyPointId) {
        return byKey(SupplyPointEntity.class, "id", supplyPointId)
                .filter(point -> point.getCustomerCode().equals(customerCode));
    }

    public List<InvoiceEntity> invoices(
            String customerCode, long supplyPointId, LocalDate from, LocalDate to, int first, int max) {
        TypedQuery<InvoiceEntity> query = em.createQuery(
                "select i from InvoiceEntity i" + invoiceCondition(from, to)
                        + " order by i.issueDate desc, i.number desc",
                InvoiceEntity.class);
        bindInvoices(query, customerCode, supplyPointId, from, to);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countInvoices(String customerCode, long supplyPointId, LocalDate from, LocalDate to) {
        TypedQuery<Long> query =
                em.createQuery("select count(i) from InvoiceEntity i" + invoiceCondition(from, to), Long.class);
        bindInvoices(query, customerCode, supplyPointId, from, to);
        return query.getSingleResult();
    }

    /** Numbers of the customer's invoices issued on or after the day, newest first, at most {@code max}. */
    public List<String> invoiceNumbersSince(String customerCode, LocalDate since, int max) {
        return em.createQuery(
                        "select i.number from InvoiceEntity i where i.customerCode = :code and i.issueDate >= :since"
                                + " order by i.issueDate desc",
                        String.class)
                .setParameter("code", customerCode)
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<InvoiceEntity> invoice(String customerCode, String number) {
        return byKey(InvoiceEntity.class, "number", number)
                .filter(invoice -> invoice.getCustomerCode().equals(customerCode));
    }

    public List<ConsumptionEntity> consumption(long supplyPointId, int year) {
        return em.createQuery(
                        "select c from ConsumptionEntity c where c.supplyPointId = :point and c.year = :year"
                                + " order by c.month",
                        ConsumptionEntity.class)
                .setParameter("point", supplyPointId)
                .setParameter("year", year)
                .setMaxResults(12)
                .getResultList();
    }

    /**
     * Writes the contact fields now. The flush is deliberate: the crm unit's EntityManager is not flushed when
     * Keycloak commits, so a change that no later query happens to auto-flush would be silently lost; flushed, it
     * is part of the request's XA transaction and commits or rolls back with Keycloak's own changes.
     */
    public void updateContact(CustomerEntity customer, String email, String phone, String fax, Instant now) {
        customer.updateContact(email, phone, fax, now);
        em.flush();
    }

    /** Sets the legacy password columns to NULL, written now like {@link #updateContact}. */
    public void clearLegacyPassword(CustomerEntity customer, Instant now) {
        customer.clearLegacyPassword(now);
        em.flush();
    }

    /**
     * The next ticket number. The statement comes from the persistence unit's Hibernate dialect (Keycloak picks it
     * from {@code db-kind-crm}), so the same code asks H2, PostgreSQL and MariaDB in their own syntax; a sequence
     * never hands out a number twice, whichever node asks.
     */
    public long nextTicketNumber() {
        String sql = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString(TICKET_NUMBER_SEQUENCE);
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * Inserts a ticket and its contact now, flushed for the same reason as {@link #updateContact}: part of the
     * request's XA transaction, committed or rolled back with it.
     */
    public void createTicket(SupportTicketEntity ticket, TicketContactEntity contact) {
        em.persist(ticket);
        em.persist(contact);
        em.flush();
    }

    public List<MeterReadingEntity> meterReadings(long supplyPointId, int max) {
        return em.createQuery(
                        "select r from MeterReadingEntity r where r.supplyPointId = :point"
                                + " order by r.readingDate desc",
                        MeterReadingEntity.class)
                .setParameter("point", supplyPointId)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<MeterReadingEntity> meterReading(String id) {
        return byKey(MeterReadingEntity.class, "id", id);
    }

    /** Any window of the commodity; the contract expects at most one per commodity. */
    public Optional<ReadingWindowEntity> readingWindow(Commodity commodity) {
        return em
                .createQuery(
                        "select w from ReadingWindowEntity w where w.commodity = :commodity order by w.id",
                        ReadingWindowEntity.class)
                .setParameter("commodity", commodity)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Inserts a self-reading now, flushed for the same reason as {@link #updateContact}; a duplicate of the supply
     * point's day fails here on the unique constraint {@code uk_meter_reading_point_date}.
     */
    public void createMeterReading(MeterReadingEntity reading) {
        em.persist(reading);
        em.flush();
    }

    public void deleteMeterReading(MeterReadingEntity reading) {
        em.remove(reading);
        em.flush();
    }

    /** Writes pending changes of managed entities (status changes) now. */
    public void flush() {
        em.flush();
    }

    /** Inserts a portal ticket with its contacts and attachments now. */
    public void createTicket(
            SupportTicketEntity ticket, List<TicketContactEntity> contacts, List<TicketAttachmentEntity> attachments) {
        em.persist(ticket);
        contacts.forEach(em::persist);
        attachments.forEach(em::persist);
        em.flush();
    }

    public List<SupportTicketEntity> tickets(String customerCode, int max) {
        return em.createQuery(
                        "select t from SupportTicketEntity t where t.customerCode = :code order by t.createdAt desc",
                        SupportTicketEntity.class)
                .setParameter("code", customerCode)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<SupportTicketEntity> ticket(String id) {
        return byKey(SupportTicketEntity.class, "id", id);
    }

    public List<TicketContactEntity> ticketContacts(String ticketId) {
        return em.createQuery(
                        "select c from TicketContactEntity c where c.ticketId = :ticket order by c.email",
                        TicketContactEntity.class)
                .setParameter("ticket", ticketId)
                .setMaxResults(50)
                .getResultList();
    }

    /** The attachments of a ticket without their bytes: id, filename, content type, size. */
    public List<Object[]> ticketAttachmentSummaries(String ticketId) {
        return em.createQuery(
                        "select a.id, a.filename, a.contentType, a.sizeBytes from TicketAttachmentEntity a"
                                + " where a.ticketId = :ticket order by a.createdAt, a.id",
                        Object[].class)
                .setParameter("ticket", ticketId)
                .setMaxResults(50)
                .getResultList();
    }

    public Optional<TicketAttachmentEntity> ticketAttachment(String ticketId, String attachmentId) {
        return byKey(TicketAttachmentEntity.class, "id", attachmentId)
                .filter(attachment -> attachment.getTicketId().equals(ticketId));
    }

    /** A LIKE prefix pattern for the text, with the wildcards and the escape character in it escaped. */
    static String prefixPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 1);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static void bindSearch(TypedQuery<?> query, String text) {
        query.setParameter("upper", prefixPattern(text.toUpperCase(Locale.ROOT)));
        query.setParameter("lower", prefixPattern(text.toLowerCase(Locale.ROOT)));
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

    /**
     * Loads one entity by its primary key with a query, never {@code em.find}: when the CRM cannot be reached on the
     * XA datasource, Hibernate's find logs the failure and answers null (HHH-12472), which would read as "no such
     * customer". A query throws, so callers can tell an outage from an absent row.
     */
    private <T> Optional<T> byKey(Class<T> type, String idAttribute, Object id) {
        return em
                .createQuery("select e from " + type.getSimpleName() + " e where e." + idAttribute + " = :id", type)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }
}
