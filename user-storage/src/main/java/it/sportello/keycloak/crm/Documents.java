package it.sportello.keycloak.crm;

import java.util.Optional;

/**
 * The CRM's documents: each customer's own (contracts, notices, letters) and the general ones every customer reads
 * (forms, regulations, ARERA notices, tariffs), with the first download of each recorded per customer. Part of a
 * {@link CustomerDirectory}, created per Keycloak session. The owner is checked once, by {@link #readable}.
 */
public interface Documents {

    /** A page of the documents the customer may read, newest first, each saying whether the customer downloaded it. */
    DocumentPage list(CustomerCode customerCode, DocumentQuery query);

    /**
     * The document if it is the customer's own or a general one, asked in one statement that matches id and owner;
     * empty when there is no such document or it is another customer's, so the two cannot be told apart.
     */
    Optional<OwnedDocument> readable(CustomerCode customerCode, long documentId);

    /** The content the CRM database holds for a document without a file location; empty when there is none. */
    Optional<byte[]> content(OwnedDocument document);

    /**
     * Records that the customer downloaded the document; nothing when the handle says the customer had downloaded
     * it before. A second record of the same download (two first downloads at once) is refused by the database.
     */
    void downloaded(OwnedDocument document);
}
