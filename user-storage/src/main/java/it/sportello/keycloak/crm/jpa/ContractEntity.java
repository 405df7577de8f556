package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Table {@code contratto} of the CRM contract (read only): a supply contract of a supply point. */
@Entity
@Table(name = "contratto")
public class ContractEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "supply_point_id", nullable = false)
    private Long supplyPointId;

    @Column(name = "offerta", nullable = false)
    private String offer;

    @Column(name = "data_inizio", nullable = false)
    private LocalDate start;

    @Column(name = "data_fine")
    private LocalDate end;

    @Column(name = "potenza_impegnata_kw", precision = 9, scale = 2)
    private BigDecimal contractedPowerKw;

    @Column(name = "potenza_disponibile_kw", precision = 9, scale = 2)
    private BigDecimal availablePowerKw;

    @Column(name = "tensione", length = 32)
    private String voltage;

    @Column(name = "uso", length = 32)
    private String useType;

    @Column(name = "modalita_pagamento", length = 16, nullable = false)
    private String paymentMethod;

    @Column(name = "iban", length = 34)
    private String iban;

    @Column(name = "mandato_sepa", length = 35)
    private String mandateReference;

    protected ContractEntity() {}

    public Long getSupplyPointId() {
        return supplyPointId;
    }

    public String getOffer() {
        return offer;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public BigDecimal getContractedPowerKw() {
        return contractedPowerKw;
    }

    public BigDecimal getAvailablePowerKw() {
        return availablePowerKw;
    }

    public String getVoltage() {
        return voltage;
    }

    public String getUseType() {
        return useType;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public String getIban() {
        return iban;
    }

    public String getMandateReference() {
        return mandateReference;
    }
}
