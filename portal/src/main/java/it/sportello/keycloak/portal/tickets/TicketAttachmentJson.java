package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketAttachmentRecord;

/** Schema {@code TicketAttachment}: a file attached to a ticket, with its sniffed content type. */
public record TicketAttachmentJson(String id, String filename, String contentType, long size) {

    static TicketAttachmentJson of(TicketAttachmentRecord attachment) {
        return new TicketAttachmentJson(
                attachment.id(), attachment.filename(), attachment.contentType(), attachment.size());
    }
}
