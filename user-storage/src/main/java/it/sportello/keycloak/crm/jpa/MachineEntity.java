package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code macchina} of the CRM contract (read only): a customer's machine, which a supplier's ticket is about.
 */
@Entity
@Table(name = "macchina")
public class MachineEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_code", length = 32, nullable = false)
    private String customerCode;

    @Column(name = "matricola", length = 64, nullable = false)
    private String serialNumber;

    @Column(name = "modello", nullable = false)
    private String model;

    @Column(name = "sede")
    private String site;

    protected MachineEntity() {}

    public Long getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public String getSite() {
        return site;
    }
}
