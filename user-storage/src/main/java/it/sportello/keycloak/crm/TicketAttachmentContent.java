package it.sportello.keycloak.crm;

/** An attachment with its bytes, for download. */
public record TicketAttachmentContent(TicketAttachmentRecord attachment, byte[] content) {

    public TicketAttachmentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "TicketAttachmentContent[" + attachment + "]";
    }
}
