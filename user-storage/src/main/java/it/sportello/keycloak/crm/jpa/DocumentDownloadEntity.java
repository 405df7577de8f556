package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Table {@code document_download}, Sportello's own: the first download of a document by a customer, one row per
 * customer and document ({@code uk_document_download}). Its absence is the console's "new" marker.
 */
@Entity
@Table(name = "document_download")
public class DocumentDownloadEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "customer_code", length = 32, nullable = false)
    private String customerCode;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected DocumentDownloadEntity() {}

    public DocumentDownloadEntity(String customerCode, long documentId, Instant downloadedAt) {
        this.id = UUID.randomUUID().toString();
        this.customerCode = customerCode;
        this.documentId = documentId;
        this.downloadedAt = downloadedAt;
    }

    public String getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public long getDocumentId() {
        return documentId;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }
}
