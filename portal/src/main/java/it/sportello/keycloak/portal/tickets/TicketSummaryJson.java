package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketRecord;
import java.time.Instant;

/** Schema {@code TicketSummary}: a ticket in the caller's list. */
public record TicketSummaryJson(
        String id,
        Long number,
        String category,
        String subject,
        String status,
        Long supplyPointId,
        Instant createdAt,
        Instant updatedAt) {

    public static TicketSummaryJson of(TicketRecord ticket) {
        return new TicketSummaryJson(
                ticket.id(),
                ticket.number(),
                ticket.category(),
                ticket.subject(),
                ticket.status().name(),
                ticket.supplyPointId(),
                ticket.createdAt(),
                ticket.updatedAt());
    }

    /** Subjects are the customer's own words: kept out of logs. */
    @Override
    public String toString() {
        return "TicketSummaryJson[id=" + id + ", status=" + status + "]";
    }
}
