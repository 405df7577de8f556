package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.DocumentRecord;
import it.sportello.keycloak.crm.OwnedDocument;
import java.util.Objects;

/**
 * The handle {@link JpaDocuments#readable} returns once the CRM said, in SQL, that the customer may read the document.
 * Package-private: no other module can build one, so holding one is the proof.
 */
record JpaOwnedDocument(CustomerCode customerCode, DocumentRecord document) implements OwnedDocument {

    JpaOwnedDocument {
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(document, "document");
    }

    /** The handle as this implementation built it; anything else was not checked here and is refused. */
    static JpaOwnedDocument of(OwnedDocument handle) {
        if (handle instanceof JpaOwnedDocument own) {
            return own;
        }
        throw new IllegalArgumentException("Document handle not issued by the CRM directory");
    }

    @Override
    public String toString() {
        return "OwnedDocument[id=" + document.id() + "]";
    }
}
