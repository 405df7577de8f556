package it.sportello.keycloak.crm;

import java.time.Instant;

/**
 * One status change of a ticket.
 *
 * @param from the status before; null for the ticket's first status
 * @param changedBy the operator's display name
 */
public record TicketStatusHistoryRecord(
        SupportTicketStatus from, SupportTicketStatus to, Instant changedAt, String changedBy) {}
