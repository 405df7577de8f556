package it.sportello.keycloak.crm.tickets;

import it.sportello.keycloak.crm.TicketAuthorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Table {@code ticket_message}, owned by Sportello: a message of a ticket's conversation after the opening
 * description, written by the customer or an operator. Its attachments are {@code ticket_attachment} rows with its id
 * in {@code message_id}.
 */
@Entity
@Table(name = "ticket_message")
public class TicketMessageEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", length = 36, nullable = false)
    private String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", length = 16, nullable = false)
    private TicketAuthorKind authorKind;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "body", length = 4000, nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketMessageEntity() {}

    public TicketMessageEntity(
            String ticketId, TicketAuthorKind authorKind, String authorName, String body, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.authorKind = authorKind;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getTicketId() {
        return ticketId;
    }

    public TicketAuthorKind getAuthorKind() {
        return authorKind;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
