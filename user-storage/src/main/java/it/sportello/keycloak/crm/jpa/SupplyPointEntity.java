package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Commodity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code supply_point} of the CRM contract (read only). */
@Entity
@Table(name = "supply_point")
public class SupplyPointEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_code", length = 32, nullable = false)
    private String customerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "commodity", length = 16, nullable = false)
    private Commodity commodity;

    @Column(name = "pod_pdr", length = 32, nullable = false)
    private String podPdr;

    @Column(name = "street")
    private String street;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "province", length = 2)
    private String province;

    @Column(name = "meter_type", length = 32)
    private String meterType;

    @Column(name = "has_corrector", nullable = false)
    private boolean hasCorrector;

    protected SupplyPointEntity() {}

    public Long getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Commodity getCommodity() {
        return commodity;
    }

    public String getPodPdr() {
        return podPdr;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getProvince() {
        return province;
    }

    public String getMeterType() {
        return meterType;
    }

    public boolean isHasCorrector() {
        return hasCorrector;
    }
}
