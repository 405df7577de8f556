package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Table {@code invoice} of the CRM contract (read only). */
@Entity
@Table(name = "invoice")
public class InvoiceEntity {

    @Id
    @Column(name = "invoice_number", length = 32)
    private String number;

    @Column(name = "customer_code", length = 32, nullable = false)
    private String customerCode;

    @Column(name = "supply_point_id")
    private Long supplyPointId;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private InvoiceStatus status;

    @Column(name = "pdf_location", length = 512)
    private String pdfLocation;

    protected InvoiceEntity() {}

    public String getNumber() {
        return number;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getPdfLocation() {
        return pdfLocation;
    }
}
