package it.sportello.keycloak.crm.tickets;

import it.sportello.keycloak.crm.NewTicketAttachment;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Table {@code ticket_attachment}, owned by Sportello: a file attached to a support request, bytes kept in the
 * database so every node sees them. {@code message_id} names the conversation message it came with, null for the
 * attachments sent with the ticket. List attachments with a projection so the bytes load only when downloaded.
 */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachmentEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", length = 36, nullable = false)
    private String ticketId;

    @Column(name = "filename", nullable = false)
    private String filename;

    @Column(name = "content_type", length = 100, nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", length = NewTicketAttachment.MAX_CONTENT_BYTES, nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_id", length = 36)
    private String messageId;

    protected TicketAttachmentEntity() {}

    /** An attachment of a conversation message ({@code ticket_message}). */
    public TicketAttachmentEntity(
            String ticketId, String messageId, String filename, String contentType, byte[] content, Instant createdAt) {
        this(ticketId, filename, contentType, content, createdAt);
        this.messageId = messageId;
    }

    public TicketAttachmentEntity(
            String ticketId, String filename, String contentType, byte[] content, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getTicketId() {
        return ticketId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The conversation message it came with; null for the attachments of the opening request. */
    public String getMessageId() {
        return messageId;
    }
}
