package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Table {@code customer} of the CRM contract. The operator owns it: Sportello only reads it, except the contact
 * columns written back by {@code CustomerRepository.updateContact} and the legacy password columns cleared once migrated. Never exposed outside this module.
 */
@Entity
@Table(name = "customer")
public class CustomerEntity {

    @Id
    @Column(name = "customer_code", length = 32)
    private String customerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private CustomerKind kind;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "tax_id", length = 16, nullable = false)
    private String taxId;

    @Column(name = "email")
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    @Column(name = "fax", length = 32)
    private String fax;

    @Column(name = "street")
    private String street;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "province", length = 2)
    private String province;

    @Column(name = "supplier", nullable = false)
    private boolean supplier;

    @Column(name = "prequalified", nullable = false)
    private boolean prequalified;

    @Column(name = "prequalified_at")
    private Instant prequalifiedAt;

    @Column(name = "legacy_password_hash")
    private String legacyPasswordHash;

    @Column(name = "legacy_password_algorithm", length = 32)
    private String legacyPasswordAlgorithm;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CustomerEntity() {}

    public String getCustomerCode() {
        return customerCode;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getFax() {
        return fax;
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

    public boolean isSupplier() {
        return supplier;
    }

    public boolean isPrequalified() {
        return prequalified;
    }

    public Instant getPrequalifiedAt() {
        return prequalifiedAt;
    }

    public String getLegacyPasswordHash() {
        return legacyPasswordHash;
    }

    public String getLegacyPasswordAlgorithm() {
        return legacyPasswordAlgorithm;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void updateContact(String email, String phone, String fax, Instant now) {
        this.email = email;
        this.phone = phone;
        this.fax = fax;
        this.updatedAt = now;
    }

    /** The legacy hash was migrated to Keycloak: both columns are nullable in the CRM contract. */
    void clearLegacyPassword(Instant now) {
        this.legacyPasswordHash = null;
        this.legacyPasswordAlgorithm = null;
        this.updatedAt = now;
    }
}
