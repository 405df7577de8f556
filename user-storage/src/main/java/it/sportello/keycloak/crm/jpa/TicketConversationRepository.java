package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketMessageEntity;
import it.sportello.keycloak.crm.tickets.TicketStatusChangeEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** The queries over a ticket's conversation: messages, their attachments, the status history and the version. */
final class TicketConversationRepository {

    /** Most messages and status changes read for one ticket. */
    static final int MAX_ENTRIES = 500;

    private final EntityManager em;

    TicketConversationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Raises the ticket's version (and sets its status when {@code status} is not null), only if the ticket is at
     * {@code expectedVersion} (any version when null), is the customer's ({@code customerCode} not null) and is not
     * closed ({@code openOnly}). One UPDATE checks and writes: the row lock it takes makes a second writer from the
     * same version wait, then find the new version and change nothing.
     *
     * @return whether the ticket was changed
     */
    boolean touch(
            String ticketId,
            String customerCode,
            Long expectedVersion,
            boolean openOnly,
            SupportTicketStatus status,
            Instant now) {
        StringBuilder jpql =
                new StringBuilder("update SupportTicketEntity t set t.version = t.version + 1, t.updatedAt = :now");
        if (status != null) {
            jpql.append(", t.status = :status");
        }
        jpql.append(" where t.id = :id");
        if (customerCode != null) {
            jpql.append(" and t.customerCode = :code");
        }
        if (expectedVersion != null) {
            jpql.append(" and t.version = :version");
        }
        if (openOnly) {
            jpql.append(" and t.status <> :closed");
        }
        Query update = em.createQuery(jpql.toString()).setParameter("now", now).setParameter("id", ticketId);
        if (status != null) {
            update.setParameter("status", status);
        }
        if (customerCode != null) {
            update.setParameter("code", customerCode);
        }
        if (expectedVersion != null) {
            update.setParameter("version", expectedVersion);
        }
        if (openOnly) {
            update.setParameter("closed", SupportTicketStatus.CLOSED);
        }
        return update.executeUpdate() == 1;
    }

    /** The ticket as the database has it now, after a bulk {@link #touch}. */
    void refresh(SupportTicketEntity ticket) {
        em.refresh(ticket);
    }

    /** Inserts a message with its attachments, or a status change, now: part of the request's XA transaction. */
    void add(TicketMessageEntity message, List<TicketAttachmentEntity> attachments) {
        em.persist(message);
        attachments.forEach(em::persist);
        em.flush();
    }

    void add(TicketStatusChangeEntity change) {
        em.persist(change);
        em.flush();
    }

    List<TicketMessageEntity> messages(String ticketId) {
        return em.createQuery(
                        "select m from TicketMessageEntity m where m.ticketId = :ticket order by m.createdAt, m.id",
                        TicketMessageEntity.class)
                .setParameter("ticket", ticketId)
                .setMaxResults(MAX_ENTRIES)
                .getResultList();
    }

    /** The attachments of the ticket's messages without their bytes: message id, id, filename, type, size. */
    List<Object[]> messageAttachments(String ticketId) {
        return em.createQuery(
                        "select a.messageId, a.id, a.filename, a.contentType, a.sizeBytes from TicketAttachmentEntity a"
                                + " where a.ticketId = :ticket and a.messageId is not null order by a.createdAt, a.id",
                        Object[].class)
                .setParameter("ticket", ticketId)
                .setMaxResults(MAX_ENTRIES)
                .getResultList();
    }

    List<TicketStatusChangeEntity> statusHistory(String ticketId) {
        return em.createQuery(
                        "select c from TicketStatusChangeEntity c where c.ticketId = :ticket"
                                + " order by c.changedAt, c.id",
                        TicketStatusChangeEntity.class)
                .setParameter("ticket", ticketId)
                .setMaxResults(MAX_ENTRIES)
                .getResultList();
    }
}
