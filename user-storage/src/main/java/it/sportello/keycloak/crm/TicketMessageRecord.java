package it.sportello.keycloak.crm;

import java.time.Instant;
import java.util.List;

/** A message of a ticket's conversation with its attachments (without their bytes). */
public record TicketMessageRecord(
        String id,
        TicketAuthorKind authorKind,
        String authorName,
        String text,
        Instant createdAt,
        List<TicketAttachmentRecord> attachments) {

    public TicketMessageRecord {
        attachments = List.copyOf(attachments);
    }

    @Override
    public String toString() {
        return "TicketMessageRecord[id=" + id + ", authorKind=" + authorKind + "]";
    }
}
