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

/**
 * Table {@code support_ticket}, owned by Sportello: a support request from the login page or the portal. The customer
 * code is empty for requests from people who cannot sign in; their contact details are in {@code ticket_contact}.
 * {@code ticket_number} is the reference given to the requester, drawn from the sequence
 * {@code support_ticket_number_seq} (see {@code TicketRepository.nextTicketNumber()}); tickets created before that column
 * existed have none.
 */
@Entity
@Table(name = "support_ticket")
public class SupportTicketEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_number", unique = true)
    private Long ticketNumber;

    @Column(name = "customer_code", length = 32)
    private String customerCode;

    @Column(name = "supply_point_id")
    private Long supplyPointId;

    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "category", length = 64, nullable = false)
    private String category;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "message", length = 4000, nullable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private SupportTicketStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "machine")
    private String machine;

    @Column(name = "machine_state", length = 1000)
    private String machineState;

    @Column(name = "machine_id")
    private Long machineId;

    /** Raised by every change; see {@code TicketConversationRepository.touch}. Not a JPA version on purpose. */
    @Column(name = "version", nullable = false)
    private long version;

    protected SupportTicketEntity() {}

    /** A ticket with its number, as every ticket from now on is created. */
    public SupportTicketEntity(
            long ticketNumber,
            String customerCode,
            Long supplyPointId,
            String userId,
            String category,
            String subject,
            String message,
            Instant createdAt) {
        this(customerCode, supplyPointId, userId, category, subject, message, createdAt);
        this.ticketNumber = ticketNumber;
    }

    public SupportTicketEntity(
            String customerCode,
            Long supplyPointId,
            String userId,
            String category,
            String subject,
            String message,
            Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.customerCode = customerCode;
        this.supplyPointId = supplyPointId;
        this.userId = userId;
        this.category = category;
        this.subject = subject;
        this.message = message;
        this.status = SupportTicketStatus.OPEN;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getId() {
        return id;
    }

    /** The reference given to the requester; null for tickets older than the column. */
    public Long getTicketNumber() {
        return ticketNumber;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public String getUserId() {
        return userId;
    }

    public String getCategory() {
        return category;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public SupportTicketStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The machine or appliance a portal ticket is about, or null. */
    public String getMachine() {
        return machine;
    }

    /** The state the customer reports the machine in, or null. */
    public String getMachineState() {
        return machineState;
    }

    /** The CRM machine the ticket is about (its id and, as it was named then, its label) and the state reported. */
    public void describeMachine(Long machineId, String machine, String machineState) {
        this.machineId = machineId;
        this.machine = machine;
        this.machineState = machineState;
    }

    public long getVersion() {
        return version;
    }

    public Long getMachineId() {
        return machineId;
    }

    public void changeStatus(SupportTicketStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        this.version++;
    }
}
