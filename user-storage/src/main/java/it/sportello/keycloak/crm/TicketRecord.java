package it.sportello.keycloak.crm;

import java.time.Instant;
import java.util.List;

/**
 * A support ticket. Lists of tickets carry no contacts and no attachments (empty lists); a single ticket has both.
 *
 * @param number the reference given to the customer; null for tickets older than the numbering
 * @param contacts email addresses notified of the ticket's changes
 */
public record TicketRecord(
        String id,
        Long number,
        String customerCode,
        String category,
        String subject,
        SupportTicketStatus status,
        Long supplyPointId,
        Instant createdAt,
        Instant updatedAt,
        String machine,
        String machineState,
        String description,
        String locale,
        List<String> contacts,
        List<TicketAttachmentRecord> attachments) {

    public TicketRecord {
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
    }

    /** Subjects and descriptions are the customer's own words: kept out of logs. */
    @Override
    public String toString() {
        return "TicketRecord[id=" + id + ", number=" + number + ", status=" + status + "]";
    }
}
