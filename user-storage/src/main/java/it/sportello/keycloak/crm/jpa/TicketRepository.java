package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** The queries over Sportello's ticket tables in the CRM database: tickets, their contacts and attachments. */
final class TicketRepository {

    /** Sequence of the ticket numbers, created by the Sportello changelog. */
    static final String TICKET_NUMBER_SEQUENCE = "support_ticket_number_seq";

    private final EntityManager em;

    TicketRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The next ticket number. The statement comes from the persistence unit's Hibernate dialect (Keycloak picks it
     * from {@code db-kind-crm}), so the same code asks H2, PostgreSQL and MariaDB in their own syntax; a sequence
     * never hands out a number twice, whichever node asks.
     */
    long nextTicketNumber() {
        String sql = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString(TICKET_NUMBER_SEQUENCE);
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * Inserts a ticket with its contacts and attachments now. The flush is deliberate: the crm unit's EntityManager
     * is not flushed when Keycloak commits; flushed, the rows are part of the request's XA transaction, committed or
     * rolled back with it.
     */
    void createTicket(
            SupportTicketEntity ticket, List<TicketContactEntity> contacts, List<TicketAttachmentEntity> attachments) {
        em.persist(ticket);
        contacts.forEach(em::persist);
        attachments.forEach(em::persist);
        em.flush();
    }

    /** Writes pending changes of managed tickets (status changes) now. */
    void flush() {
        em.flush();
    }

    List<SupportTicketEntity> tickets(String customerCode, int max) {
        return em.createQuery(
                        "select t from SupportTicketEntity t where t.customerCode = :code order by t.createdAt desc",
                        SupportTicketEntity.class)
                .setParameter("code", customerCode)
                .setMaxResults(max)
                .getResultList();
    }

    Optional<SupportTicketEntity> ticket(String id) {
        return CrmQueries.byKey(em, SupportTicketEntity.class, "id", id);
    }

    /** The ticket only if it is the customer's, in one statement. */
    Optional<SupportTicketEntity> ticket(String customerCode, String id) {
        return em
                .createQuery(
                        "select t from SupportTicketEntity t where t.id = :id and t.customerCode = :code",
                        SupportTicketEntity.class)
                .setParameter("id", id)
                .setParameter("code", customerCode)
                .getResultList()
                .stream()
                .findFirst();
    }

    List<TicketContactEntity> ticketContacts(String ticketId) {
        return em.createQuery(
                        "select c from TicketContactEntity c where c.ticketId = :ticket order by c.email",
                        TicketContactEntity.class)
                .setParameter("ticket", ticketId)
                .setMaxResults(50)
                .getResultList();
    }

    /** The attachments of a ticket's opening request without their bytes: id, filename, content type, size. */
    List<Object[]> ticketAttachmentSummaries(String ticketId) {
        return em.createQuery(
                        "select a.id, a.filename, a.contentType, a.sizeBytes from TicketAttachmentEntity a"
                                + " where a.ticketId = :ticket and a.messageId is null order by a.createdAt, a.id",
                        Object[].class)
                .setParameter("ticket", ticketId)
                .setMaxResults(50)
                .getResultList();
    }

    Optional<TicketAttachmentEntity> ticketAttachment(String ticketId, String attachmentId) {
        return CrmQueries.byKey(em, TicketAttachmentEntity.class, "id", attachmentId)
                .filter(attachment -> attachment.getTicketId().equals(ticketId));
    }
}
