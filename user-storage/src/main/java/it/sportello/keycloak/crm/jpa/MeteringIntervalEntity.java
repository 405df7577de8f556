package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Table {@code metering_interval} of the CRM contract (read only), one row per supply point and interval: its start
 * in the meter's local time and its length (15 or 60 minutes for electricity, 1440 for a gas day). The primary key
 * (supply point, start) is the index every query ranges over.
 */
@Entity
@Table(name = "metering_interval")
@IdClass(MeteringIntervalEntity.Key.class)
public class MeteringIntervalEntity {

    @Id
    @Column(name = "supply_point_id")
    private Long supplyPointId;

    @Id
    @Column(name = "interval_start")
    private LocalDateTime start;

    @Column(name = "interval_minutes")
    private Integer minutes;

    @Column(name = "energy_kwh", precision = 12, scale = 3)
    private BigDecimal energyKwh;

    @Column(name = "power_kw", precision = 10, scale = 3)
    private BigDecimal powerKw;

    @Column(name = "volume_smc", precision = 12, scale = 3)
    private BigDecimal volumeSmc;

    protected MeteringIntervalEntity() {}

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public BigDecimal getEnergyKwh() {
        return energyKwh;
    }

    public BigDecimal getPowerKw() {
        return powerKw;
    }

    public BigDecimal getVolumeSmc() {
        return volumeSmc;
    }

    /** Composite primary key (supply point, interval start). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long supplyPointId;
        private LocalDateTime start;

        public Key() {}

        public Key(Long supplyPointId, LocalDateTime start) {
            this.supplyPointId = supplyPointId;
            this.start = start;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(supplyPointId, key.supplyPointId)
                    && Objects.equals(start, key.start);
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplyPointId, start);
        }
    }
}
