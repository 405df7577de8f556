package it.sportello.keycloak.crm;

import java.util.List;

/**
 * A message to add to a ticket's conversation, already checked by the caller (length, attachments' size, count and
 * sniffed type).
 *
 * @param authorName the name shown next to the message: the customer's or the operator's display name
 */
public record NewTicketMessage(String authorName, String text, List<NewTicketAttachment> attachments) {

    public NewTicketMessage {
        attachments = List.copyOf(attachments);
    }

    /** The text is the author's own words: kept out of logs. */
    @Override
    public String toString() {
        return "NewTicketMessage[attachments=" + attachments.size() + "]";
    }
}
