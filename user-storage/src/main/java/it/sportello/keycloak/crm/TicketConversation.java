package it.sportello.keycloak.crm;

import java.util.List;

/**
 * A ticket with its conversation: the messages after the opening description, oldest first, and the status history,
 * oldest first.
 *
 * @param version the ticket's version, raised by every change; operators send it back to change the ticket
 */
public record TicketConversation(
        TicketRecord ticket,
        long version,
        List<TicketMessageRecord> messages,
        List<TicketStatusHistoryRecord> statusHistory) {

    public TicketConversation {
        messages = List.copyOf(messages);
        statusHistory = List.copyOf(statusHistory);
    }
}
