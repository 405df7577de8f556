package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketConversation;
import it.sportello.keycloak.crm.TicketRecord;
import java.time.Instant;
import java.util.List;

/**
 * Schema {@code TicketDetails}: the fields of {@link TicketSummaryJson}, then what the customer wrote and sent, then the
 * conversation (messages after the opening request, oldest first) and the status history (oldest first).
 */
public record TicketDetailsJson(
        String id,
        Long number,
        String category,
        String subject,
        String status,
        Long supplyPointId,
        Instant createdAt,
        Instant updatedAt,
        String machine,
        String state,
        String description,
        List<String> contacts,
        List<TicketAttachmentJson> attachments,
        List<TicketMessageJson> messages,
        List<TicketStatusHistoryJson> statusHistory) {

    public TicketDetailsJson {
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
        messages = List.copyOf(messages);
        statusHistory = List.copyOf(statusHistory);
    }

    /** The ticket with its conversation. */
    public static TicketDetailsJson of(TicketConversation conversation) {
        TicketRecord ticket = conversation.ticket();
        return new TicketDetailsJson(
                ticket.id(),
                ticket.number(),
                ticket.category(),
                ticket.subject(),
                ticket.status().name(),
                ticket.supplyPointId(),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.machine(),
                ticket.machineState(),
                ticket.description(),
                ticket.contacts(),
                ticket.attachments().stream().map(TicketAttachmentJson::of).toList(),
                conversation.messages().stream().map(TicketMessageJson::of).toList(),
                conversation.statusHistory().stream()
                        .map(TicketStatusHistoryJson::of)
                        .toList());
    }

    /** Descriptions and contacts are the customer's own words: kept out of logs. */
    @Override
    public String toString() {
        return "TicketDetailsJson[id=" + id + ", status=" + status + "]";
    }
}
