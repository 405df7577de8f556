package it.sportello.keycloak.crm;

/**
 * A file attached to a new portal ticket, already checked by the caller (size, content type sniffed from the bytes).
 */
public record NewTicketAttachment(String filename, String contentType, byte[] content) {

    /** Largest attachment the CRM stores (its content column); the portal enforces its own, lower, limit. */
    public static final int MAX_CONTENT_BYTES = 10 * 1024 * 1024;

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
