package it.sportello.keycloak.crm;

/**
 * A file attached to a new portal ticket, already checked by the caller (size, content type sniffed from the bytes).
 */
public record NewTicketAttachment(String filename, String contentType, byte[] content) {

    public NewTicketAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "NewTicketAttachment[contentType=" + contentType + ", size=" + content.length + "]";
    }
}
