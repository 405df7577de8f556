package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketRecord;
import java.time.Instant;
import java.util.List;

/** Schema {@code TicketDetails}: the fields of {@link TicketSummaryJson}, then what the customer wrote and sent. */
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
        List<TicketAttachmentJson> attachments) {

    public TicketDetailsJson {
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
    }

    static TicketDetailsJson of(TicketRecord ticket) {
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
                ticket.attachments().stream().map(TicketAttachmentJson::of).toList());
    }

    /** Descriptions and contacts are the customer's own words: kept out of logs. */
    @Override
    public String toString() {
        return "TicketDetailsJson[id=" + id + ", status=" + status + "]";
    }
}
