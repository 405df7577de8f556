package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketStatusHistoryRecord;
import java.time.Instant;

/** Schema {@code TicketStatusChange}: one status change; {@code from} is null for a ticket's first status. */
public record TicketStatusHistoryJson(String from, String to, Instant changedAt, String changedBy) {

    static TicketStatusHistoryJson of(TicketStatusHistoryRecord change) {
        return new TicketStatusHistoryJson(
                change.from() == null ? null : change.from().name(),
                change.to().name(),
                change.changedAt(),
                change.changedBy());
    }
}
