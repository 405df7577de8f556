package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Table {@code avviso} of the CRM contract (read only): a notice for the customer area's home page, a customer's own
 * or, when {@code customer_code} is null, for every customer.
 */
@Entity
@Table(name = "avviso")
public class NoticeEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_code", length = 32)
    private String customerCode;

    @Column(name = "gravita", length = 16, nullable = false)
    private String severity;

    @Column(name = "titolo", nullable = false)
    private String title;

    @Column(name = "testo", length = 2000, nullable = false)
    private String text;

    @Column(name = "lingua", length = 16)
    private String language;

    @Column(name = "valido_dal", nullable = false)
    private Instant validFrom;

    @Column(name = "valido_al")
    private Instant validUntil;

    @Column(name = "sezione", length = 32)
    private String section;

    protected NoticeEntity() {}

    public Long getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public String getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getSection() {
        return section;
    }
}
