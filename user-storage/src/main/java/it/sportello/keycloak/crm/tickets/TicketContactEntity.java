package it.sportello.keycloak.crm.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Table {@code ticket_contact}, owned by Sportello: how to reach the person who opened a support request. */
@Entity
@Table(name = "ticket_contact")
public class TicketContactEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", length = 36, nullable = false)
    private String ticketId;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    @Column(name = "preferred_channel", length = 16)
    private String preferredChannel;

    protected TicketContactEntity() {}

    public TicketContactEntity(
            String ticketId, String fullName, String companyName, String email, String phone, String preferredChannel) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.fullName = fullName;
        this.companyName = companyName;
        this.email = email;
        this.phone = phone;
        this.preferredChannel = preferredChannel;
    }

    public String getId() {
        return id;
    }

    public String getTicketId() {
        return ticketId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPreferredChannel() {
        return preferredChannel;
    }
}
