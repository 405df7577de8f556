package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Table {@code consumption} of the CRM contract (read only), one row per supply point and month. The columns are
 * {@code period_year} and {@code period_month} because {@code YEAR} and {@code MONTH} are keywords in H2 2.x.
 */
@Entity
@Table(name = "consumption")
@IdClass(ConsumptionEntity.Key.class)
public class ConsumptionEntity {

    @Id
    @Column(name = "supply_point_id")
    private Long supplyPointId;

    @Id
    @Column(name = "period_year")
    private Integer year;

    @Id
    @Column(name = "period_month")
    private Integer month;

    @Column(name = "energy_kwh", precision = 12, scale = 3)
    private BigDecimal energyKwh;

    @Column(name = "power_kw", precision = 10, scale = 3)
    private BigDecimal powerKw;

    @Column(name = "volume_m3", precision = 12, scale = 3)
    private BigDecimal volumeM3;

    protected ConsumptionEntity() {}

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public Integer getYear() {
        return year;
    }

    public Integer getMonth() {
        return month;
    }

    public BigDecimal getEnergyKwh() {
        return energyKwh;
    }

    public BigDecimal getPowerKw() {
        return powerKw;
    }

    public BigDecimal getVolumeM3() {
        return volumeM3;
    }

    /** Composite primary key (supply point, year, month). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long supplyPointId;
        private Integer year;
        private Integer month;

        public Key() {}

        public Key(Long supplyPointId, Integer year, Integer month) {
            this.supplyPointId = supplyPointId;
            this.year = year;
            this.month = month;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(supplyPointId, key.supplyPointId)
                    && Objects.equals(year, key.year)
                    && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplyPointId, year, month);
        }
    }
}
