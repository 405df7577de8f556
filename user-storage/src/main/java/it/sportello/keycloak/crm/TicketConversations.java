package it.sportello.keycloak.crm;

import java.util.Optional;

/**
 * Ticket conversations: messages of the customer and of operators, each with optional attachments, and the status
 * history. Every change raises the ticket's version in the same statement that checks it, so two operators working
 * from one version cannot both write: the second gets {@link TicketUpdate.Outcome#STALE}. Part of a
 * {@link CustomerDirectory}; runs in the caller's Keycloak transaction.
 */
public interface TicketConversations {

    /** One of the customer's tickets with its conversation; empty for another customer's ticket. */
    Optional<TicketConversation> conversation(CustomerCode customerCode, String ticketId);

    /** Back office: any ticket with its conversation. */
    Optional<TicketConversation> conversation(String ticketId);

    /** A customer's message on one of their tickets; {@code CLOSED} when the ticket is closed. */
    TicketUpdate reply(CustomerCode customerCode, String ticketId, NewTicketMessage message);

    /** Back office: an operator's answer, only if the ticket is still at {@code expectedVersion}. */
    TicketUpdate answer(String ticketId, long expectedVersion, NewTicketMessage message);

    /**
     * Back office: a status change, only if the ticket is still at {@code expectedVersion}; recorded in the history
     * when the status differs.
     */
    TicketUpdate changeStatus(String ticketId, long expectedVersion, SupportTicketStatus status, String changedBy);
}
