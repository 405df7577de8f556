package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.NewTicketMessage;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketAttachmentRecord;
import it.sportello.keycloak.crm.TicketAuthorKind;
import it.sportello.keycloak.crm.TicketConversation;
import it.sportello.keycloak.crm.TicketConversations;
import it.sportello.keycloak.crm.TicketMessageRecord;
import it.sportello.keycloak.crm.TicketStatusHistoryRecord;
import it.sportello.keycloak.crm.TicketUpdate;
import it.sportello.keycloak.crm.TicketUpdate.Outcome;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketMessageEntity;
import it.sportello.keycloak.crm.tickets.TicketStatusChangeEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TicketConversations} over Sportello's ticket tables in the CRM database. */
final class JpaTicketConversations implements TicketConversations {

    private final TicketRepository tickets;
    private final TicketConversationRepository repository;
    private final JpaTickets details;
    private final Clock clock;

    JpaTicketConversations(
            TicketRepository tickets, TicketConversationRepository repository, JpaTickets details, Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.details = details;
        this.clock = clock;
    }

    @Override
    public Optional<TicketConversation> conversation(CustomerCode customerCode, String ticketId) {
        if (customerCode == null || ticketId == null) {
            return Optional.empty();
        }
        return tickets.ticket(customerCode.value(), ticketId).map(this::conversationOf);
    }

    @Override
    public Optional<TicketConversation> conversation(String ticketId) {
        return ticketId == null ? Optional.empty() : tickets.ticket(ticketId).map(this::conversationOf);
    }

    @Override
    public TicketUpdate reply(CustomerCode customerCode, String ticketId, NewTicketMessage message) {
        Optional<SupportTicketEntity> ticket = customerCode == null || ticketId == null
                ? Optional.empty()
                : tickets.ticket(customerCode.value(), ticketId);
        if (ticket.isEmpty()) {
            return TicketUpdate.of(Outcome.NOT_FOUND);
        }
        Instant now = clock.instant();
        if (!repository.touch(ticketId, customerCode.value(), null, true, null, now)) {
            return TicketUpdate.of(Outcome.CLOSED);
        }
        return added(ticket.get(), TicketAuthorKind.CUSTOMER, message, now);
    }

    @Override
    public TicketUpdate answer(String ticketId, long expectedVersion, NewTicketMessage message) {
        Optional<SupportTicketEntity> ticket = ticketId == null ? Optional.empty() : tickets.ticket(ticketId);
        if (ticket.isEmpty()) {
            return TicketUpdate.of(Outcome.NOT_FOUND);
        }
        Instant now = clock.instant();
        if (!repository.touch(ticketId, null, expectedVersion, false, null, now)) {
            return TicketUpdate.of(Outcome.STALE);
        }
        return added(ticket.get(), TicketAuthorKind.OPERATOR, message, now);
    }

    @Override
    public TicketUpdate changeStatus(
            String ticketId, long expectedVersion, SupportTicketStatus status, String changedBy) {
        Optional<SupportTicketEntity> ticket = ticketId == null ? Optional.empty() : tickets.ticket(ticketId);
        if (ticket.isEmpty()) {
            return TicketUpdate.of(Outcome.NOT_FOUND);
        }
        SupportTicketStatus previous = ticket.get().getStatus();
        Instant now = clock.instant();
        if (!repository.touch(ticketId, null, expectedVersion, false, status, now)) {
            return TicketUpdate.of(Outcome.STALE);
        }
        repository.refresh(ticket.get());
        // the status read before the UPDATE is the one it replaced: the UPDATE matched the same version
        if (previous != status) {
            repository.add(new TicketStatusChangeEntity(ticketId, previous, status, now, changedBy));
        }
        return new TicketUpdate(Outcome.DONE, conversationOf(ticket.get()), previous);
    }

    private TicketUpdate added(
            SupportTicketEntity ticket, TicketAuthorKind kind, NewTicketMessage message, Instant now) {
        repository.refresh(ticket);
        TicketMessageEntity entity =
                new TicketMessageEntity(ticket.getId(), kind, message.authorName(), message.text(), now);
        List<TicketAttachmentEntity> attachments = message.attachments().stream()
                .map(a -> new TicketAttachmentEntity(
                        ticket.getId(), entity.getId(), a.filename(), a.contentType(), a.content(), now))
                .toList();
        repository.add(entity, attachments);
        return new TicketUpdate(Outcome.DONE, conversationOf(ticket), ticket.getStatus());
    }

    private TicketConversation conversationOf(SupportTicketEntity ticket) {
        Map<String, List<TicketAttachmentRecord>> attachments = new HashMap<>();
        for (Object[] row : repository.messageAttachments(ticket.getId())) {
            attachments
                    .computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new TicketAttachmentRecord(
                            (String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).longValue()));
        }
        List<TicketMessageRecord> messages = repository.messages(ticket.getId()).stream()
                .map(m -> new TicketMessageRecord(
                        m.getId(),
                        m.getAuthorKind(),
                        m.getAuthorName(),
                        m.getBody(),
                        m.getCreatedAt(),
                        attachments.getOrDefault(m.getId(), List.of())))
                .toList();
        List<TicketStatusHistoryRecord> history = repository.statusHistory(ticket.getId()).stream()
                .map(c -> new TicketStatusHistoryRecord(
                        c.getFromStatus(), c.getToStatus(), c.getChangedAt(), c.getChangedBy()))
                .toList();
        return new TicketConversation(details.withDetails(ticket), ticket.getVersion(), messages, history);
    }
}
