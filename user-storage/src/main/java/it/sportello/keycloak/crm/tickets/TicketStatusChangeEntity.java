package it.sportello.keycloak.crm.tickets;

import it.sportello.keycloak.crm.SupportTicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Table {@code ticket_status_change}, owned by Sportello: one status change of a ticket, who made it and when. */
@Entity
@Table(name = "ticket_status_change")
public class TicketStatusChangeEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", length = 36, nullable = false)
    private String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private SupportTicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16, nullable = false)
    private SupportTicketStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected TicketStatusChangeEntity() {}

    public TicketStatusChangeEntity(
            String ticketId,
            SupportTicketStatus fromStatus,
            SupportTicketStatus toStatus,
            Instant changedAt,
            String changedBy) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String getTicketId() {
        return ticketId;
    }

    public SupportTicketStatus getFromStatus() {
        return fromStatus;
    }

    public SupportTicketStatus getToStatus() {
        return toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
