package it.sportello.keycloak.crm.readings;

import it.sportello.keycloak.crm.MeterReadingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Table {@code meter_reading}, owned by Sportello (changelog {@code META-INF/sportello/crm-changelog.xml}): customer
 * self-readings, at most one per supply point and day (unique constraint {@code uk_meter_reading_point_date}).
 */
@Entity
@Table(name = "meter_reading")
public class MeterReadingEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "supply_point_id", nullable = false)
    private Long supplyPointId;

    @Column(name = "reading_date", nullable = false)
    private LocalDate readingDate;

    @Column(name = "meter_value", precision = 15, scale = 3, nullable = false)
    private BigDecimal meterValue;

    @Column(name = "corrector_value", precision = 15, scale = 3)
    private BigDecimal correctorValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private MeterReadingStatus status;

    @Column(name = "submitted_by", length = 36)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The CRM's note: why the reading was refused or changed. */
    @Column(name = "information", length = 500)
    private String information;

    protected MeterReadingEntity() {}

    public MeterReadingEntity(
            long supplyPointId,
            LocalDate readingDate,
            BigDecimal meterValue,
            BigDecimal correctorValue,
            String submittedBy,
            Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.supplyPointId = supplyPointId;
        this.readingDate = readingDate;
        this.meterValue = meterValue;
        this.correctorValue = correctorValue;
        this.status = MeterReadingStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public LocalDate getReadingDate() {
        return readingDate;
    }

    public BigDecimal getMeterValue() {
        return meterValue;
    }

    public BigDecimal getCorrectorValue() {
        return correctorValue;
    }

    public MeterReadingStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getInformation() {
        return information;
    }
}
