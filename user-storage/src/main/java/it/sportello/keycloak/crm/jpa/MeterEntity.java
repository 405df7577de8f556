package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Table {@code misuratore} of the CRM contract (read only): a meter installed on a supply point. */
@Entity
@Table(name = "misuratore")
public class MeterEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "supply_point_id", nullable = false)
    private Long supplyPointId;

    @Column(name = "matricola", length = 32, nullable = false)
    private String serial;

    @Column(name = "tipo", length = 32)
    private String type;

    @Column(name = "classe", length = 8)
    private String meterClass;

    @Column(name = "matricola_correttore", length = 32)
    private String correctorSerial;

    @Column(name = "data_installazione", nullable = false)
    private LocalDate installedOn;

    protected MeterEntity() {}

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public String getSerial() {
        return serial;
    }

    public String getType() {
        return type;
    }

    public String getMeterClass() {
        return meterClass;
    }

    public String getCorrectorSerial() {
        return correctorSerial;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }
}
