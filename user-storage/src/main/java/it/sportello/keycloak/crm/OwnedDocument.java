package it.sportello.keycloak.crm;

/**
 * A document together with the proof that a customer may read it (one of the customer's own, or a general one): only
 * {@link Documents#readable} hands one out, after asking the CRM for the document and its owner in one statement.
 * Reading the content and recording the download take it, so no layer below can be given an id the customer may not
 * read.
 *
 * <p>Implemented only inside the CRM implementation (an architecture test keeps it so); other modules hold it, never
 * build one.
 */
public interface OwnedDocument {

    /** The customer who may read it. */
    CustomerCode customerCode();

    /** The document as that customer sees it. */
    DocumentRecord document();
}
