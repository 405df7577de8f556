package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code tipo_richiesta} of the CRM contract (read only): a type of request a portal ticket may have, with its
 * labels per language, the customers it is offered to, whether it is active and its place in the list.
 */
@Entity
@Table(name = "tipo_richiesta")
public class RequestTypeEntity {

    @Id
    @Column(name = "codice", length = 64)
    private String code;

    @Column(name = "descrizione_it", nullable = false)
    private String labelIt;

    @Column(name = "descrizione_en")
    private String labelEn;

    @Column(name = "descrizione_ro")
    private String labelRo;

    @Column(name = "per_residenziali", nullable = false)
    private boolean residential;

    @Column(name = "per_business", nullable = false)
    private boolean business;

    @Column(name = "per_fornitori", nullable = false)
    private boolean supplier;

    @Column(name = "attivo", nullable = false)
    private boolean active;

    @Column(name = "ordine", nullable = false)
    private int sortOrder;

    protected RequestTypeEntity() {}

    public String getCode() {
        return code;
    }

    public String getLabelIt() {
        return labelIt;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelRo() {
        return labelRo;
    }

    public boolean isResidential() {
        return residential;
    }

    public boolean isBusiness() {
        return business;
    }

    public boolean isSupplier() {
        return supplier;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
