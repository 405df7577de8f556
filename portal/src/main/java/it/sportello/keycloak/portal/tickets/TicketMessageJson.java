package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketMessageRecord;
import java.time.Instant;
import java.util.List;

/** Schema {@code TicketMessage}: a message of the conversation, from the customer or an operator. */
public record TicketMessageJson(
        String id,
        String authorKind,
        String authorName,
        String text,
        Instant createdAt,
        List<TicketAttachmentJson> attachments) {

    public TicketMessageJson {
        attachments = List.copyOf(attachments);
    }

    static TicketMessageJson of(TicketMessageRecord message) {
        return new TicketMessageJson(
                message.id(),
                message.authorKind().name(),
                message.authorName(),
                message.text(),
                message.createdAt(),
                message.attachments().stream().map(TicketAttachmentJson::of).toList());
    }

    @Override
    public String toString() {
        return "TicketMessageJson[id=" + id + ", authorKind=" + authorKind + "]";
    }
}
