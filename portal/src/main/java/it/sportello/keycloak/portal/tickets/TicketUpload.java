package it.sportello.keycloak.portal.tickets;

/**
 * A file part of the ticket form as received.
 *
 * @param size the part's size in bytes, known before its content is read
 * @param content the bytes, or null when the part was too large to be read
 */
public record TicketUpload(String filename, long size, byte[] content) {

    @Override
    public String toString() {
        return "TicketUpload[size=" + size + "]";
    }
}
