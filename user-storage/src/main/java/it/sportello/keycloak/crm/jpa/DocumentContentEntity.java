package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code documento} of the CRM contract (read only), its content column alone: read for one download. */
@Entity
@Table(name = "documento")
public class DocumentContentEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "contenuto")
    private byte[] content;

    protected DocumentContentEntity() {}

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }
}
