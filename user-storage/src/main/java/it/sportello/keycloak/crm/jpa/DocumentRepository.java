package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.DocumentScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The queries over the CRM's {@code documento} table and Sportello's {@code document_download}: a customer's documents
 * through {@code ix_documento_cliente} (customer code and date; the general ones are those with no customer code),
 * each with the customer's download row through {@code uk_document_download}. The owner is part of every condition.
 */
final class DocumentRepository {

    private final EntityManager em;

    DocumentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A page of the documents the customer may read, newest first: each row the document, the customer's download
     * row (null when never downloaded) and the number of all rows the query matches, in one statement.
     */
    List<Object[]> page(String customerCode, DocumentScope scope, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(
                        "select d, dl, count(*) over () from DocumentEntity d"
                                + " left join DocumentDownloadEntity dl"
                                + " on dl.documentId = d.id and dl.customerCode = :code"
                                + " where " + condition(scope)
                                + " order by d.date desc, d.id desc",
                        Object[].class)
                .setParameter("code", customerCode)
                .setFirstResult(first)
                .setMaxResults(max);
        return query.getResultList();
    }

    long count(String customerCode, DocumentScope scope) {
        TypedQuery<Long> query =
                em.createQuery("select count(d) from DocumentEntity d where " + condition(scope), Long.class);
        if (scope != DocumentScope.GENERAL) {
            query.setParameter("code", customerCode);
        }
        return query.getSingleResult();
    }

    /** The document with the customer's download row, if the customer may read it: id and owner in one statement. */
    Optional<Object[]> readable(String customerCode, long documentId) {
        return em
                .createQuery(
                        "select d, dl from DocumentEntity d"
                                + " left join DocumentDownloadEntity dl"
                                + " on dl.documentId = d.id and dl.customerCode = :code"
                                + " where d.id = :id and " + condition(DocumentScope.ALL),
                        Object[].class)
                .setParameter("code", customerCode)
                .setParameter("id", documentId)
                .getResultList()
                .stream()
                .findFirst();
    }

    Optional<byte[]> content(long documentId) {
        return em
                .createQuery("select c from DocumentContentEntity c where c.id = :id", DocumentContentEntity.class)
                .setParameter("id", documentId)
                .getResultList()
                .stream()
                .findFirst()
                .map(DocumentContentEntity::getContent);
    }

    /** Stores the download row now, so that a second row for the same customer and document fails here. */
    void recordDownload(DocumentDownloadEntity download) {
        em.persist(download);
        em.flush();
    }

    private static String condition(DocumentScope scope) {
        return switch (scope) {
            case CUSTOMER -> "d.customerCode = :code";
            case GENERAL -> "d.customerCode is null";
            case ALL -> "(d.customerCode = :code or d.customerCode is null)";
        };
    }
}
