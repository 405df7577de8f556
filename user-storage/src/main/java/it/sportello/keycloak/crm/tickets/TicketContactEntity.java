package it.sportello.keycloak.crm.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Table {@code ticket_contact}, owned by Sportello: how to reach the person who opened a support request. For a
 * request from the public support form it also keeps the customer code and tax ID exactly as the requester stated them
 * (they are never trusted: the ticket's own {@code customer_code} is set only when the pair matched the CRM), and the
 * language of the page, so that staff can answer in it.
 */
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

    @Column(name = "stated_customer_code", length = 32)
    private String statedCustomerCode;

    @Column(name = "stated_tax_id", length = 16)
    private String statedTaxId;

    @Column(name = "locale", length = 16)
    private String locale;

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

    /** The contact of a request from the public support form, with what the requester stated about themselves. */
    public TicketContactEntity(
            String ticketId,
            String fullName,
            String companyName,
            String email,
            String phone,
            String preferredChannel,
            String statedCustomerCode,
            String statedTaxId,
            String locale) {
        this(ticketId, fullName, companyName, email, phone, preferredChannel);
        this.statedCustomerCode = statedCustomerCode;
        this.statedTaxId = statedTaxId;
        this.locale = locale;
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

    public String getStatedCustomerCode() {
        return statedCustomerCode;
    }

    public String getStatedTaxId() {
        return statedTaxId;
    }

    public String getLocale() {
        return locale;
    }
}
