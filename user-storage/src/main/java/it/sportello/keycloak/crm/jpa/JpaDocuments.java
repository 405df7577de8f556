package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.DocumentCategory;
import it.sportello.keycloak.crm.DocumentPage;
import it.sportello.keycloak.crm.DocumentQuery;
import it.sportello.keycloak.crm.DocumentRecord;
import it.sportello.keycloak.crm.Documents;
import it.sportello.keycloak.crm.OwnedDocument;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link Documents} over the CRM's {@code documento} table and Sportello's {@code document_download}. */
final class JpaDocuments implements Documents {

    private final DocumentRepository repository;
    private final Clock clock;

    JpaDocuments(DocumentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public DocumentPage list(CustomerCode customerCode, DocumentQuery query) {
        if (customerCode == null) {
            return new DocumentPage(List.of(), 0);
        }
        String code = customerCode.value();
        List<Object[]> rows = repository.page(code, query.scope(), query.first(), query.max());
        List<DocumentRecord> items = rows.stream()
                .map(row -> record((DocumentEntity) row[0], row[1] != null))
                .toList();
        if (!rows.isEmpty()) {
            return new DocumentPage(items, ((Number) rows.get(0)[2]).longValue());
        }
        // past the last page the rows carry no total: only then is it counted on its own
        return new DocumentPage(items, query.first() == 0 ? 0 : repository.count(code, query.scope()));
    }

    @Override
    public Optional<OwnedDocument> readable(CustomerCode customerCode, long documentId) {
        if (customerCode == null) {
            return Optional.empty();
        }
        return repository
                .readable(customerCode.value(), documentId)
                .map(row -> new JpaOwnedDocument(customerCode, record((DocumentEntity) row[0], row[1] != null)));
    }

    @Override
    public Optional<byte[]> content(OwnedDocument document) {
        return repository.content(JpaOwnedDocument.of(document).document().id());
    }

    @Override
    public void downloaded(OwnedDocument document) {
        JpaOwnedDocument own = JpaOwnedDocument.of(document);
        if (own.document().downloaded()) {
            return;
        }
        repository.recordDownload(new DocumentDownloadEntity(
                own.customerCode().value(), own.document().id(), clock.instant()));
    }

    static DocumentRecord record(DocumentEntity d, boolean downloaded) {
        return new DocumentRecord(
                d.getId(),
                DocumentCategory.ofStored(d.getCategory()),
                d.getCustomerCode() == null,
                d.getTitle(),
                d.getDate(),
                d.getLanguage(),
                d.getFileName(),
                d.getContentType(),
                d.getLocation(),
                downloaded);
    }
}
