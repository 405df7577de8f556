package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Table {@code documento} of the CRM contract (read only) without its content column: a customer's document, or a
 * general one when {@code customer_code} is null. The content, when the database holds it, is read apart by
 * {@link DocumentContentEntity}, so a page of documents never loads a byte of it.
 */
@Entity
@Table(name = "documento")
public class DocumentEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_code", length = 32)
    private String customerCode;

    @Column(name = "categoria", length = 32, nullable = false)
    private String category;

    @Column(name = "titolo", nullable = false)
    private String title;

    @Column(name = "data_documento", nullable = false)
    private LocalDate date;

    @Column(name = "lingua", length = 16, nullable = false)
    private String language;

    @Column(name = "nome_file", nullable = false)
    private String fileName;

    @Column(name = "tipo_contenuto", length = 100, nullable = false)
    private String contentType;

    @Column(name = "percorso")
    private String location;

    protected DocumentEntity() {}

    public Long getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLanguage() {
        return language;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getLocation() {
        return location;
    }
}
