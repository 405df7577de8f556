package it.sportello.keycloak.portal.documents;

import it.sportello.keycloak.crm.DocumentPage;
import it.sportello.keycloak.crm.DocumentRecord;
import it.sportello.keycloak.crm.Documents;
import it.sportello.keycloak.crm.OwnedDocument;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import it.sportello.keycloak.portal.invoices.InvoiceDocuments;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * {@code /documents}: a page of the documents the caller may read (its own and the general ones) and one document's
 * content, streamed from the document directory or read from the CRM database. The first download is recorded, which
 * clears the document's "new" marker for this customer.
 */
public final class DocumentsResource {

    private static final Logger LOG = Logger.getLogger(DocumentsResource.class);
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final PortalRequest request;

    public DocumentsResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response list(
            @QueryParam("scope") String scope, @QueryParam("page") String page, @QueryParam("size") String size) {
        return request.respond(() -> {
            DocumentQueryParams params = DocumentQueryParams.parse(scope, page, size);
            DocumentPage documentPage = documents().list(request.customerCode(), params.query());
            return PortalResponses.json(
                    200,
                    new DocumentPageJson(
                            documentPage.items().stream().map(DocumentJson::of).toList(),
                            params.page(),
                            params.size(),
                            documentPage.total()));
        });
    }

    @GET
    @Path("{id}/content")
    public Response content(@PathParam("id") String id) {
        return request.respond(() -> {
            // another customer's id, an unknown one and one that is no number at all: the same 404
            OwnedDocument owned = (id != null && ID.matcher(id).matches()
                            ? documents().readable(request.customerCode(), Long.parseLong(id))
                            : Optional.<OwnedDocument>empty())
                    .orElseThrow(() -> Problem.notFound().exception());
            DocumentRecord document = owned.document();
            StreamingOutput body = document.location() != null ? file(document) : stored(owned);
            markDownloaded(owned);
            return Response.ok(body, DocumentDownload.contentType(document.contentType()))
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"" + DocumentDownload.fileName(document.fileName()) + "\"")
                    .header("Cache-Control", "private, no-store")
                    .header("X-Content-Type-Options", "nosniff");
        });
    }

    private StreamingOutput file(DocumentRecord document) {
        InvoiceDocuments.Document file = InvoiceDocuments.documents(request.config())
                .find(document.location())
                .orElseThrow(() -> Problem.notFound().exception());
        return out -> {
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
        };
    }

    private StreamingOutput stored(OwnedDocument owned) {
        byte[] content =
                documents().content(owned).orElseThrow(() -> Problem.notFound().exception());
        return out -> out.write(content);
    }

    /**
     * The marker must not cost the customer the download: when two first downloads race (the other one stored the
     * row) or the write fails, the document is served all the same and this request's transaction rolled back.
     */
    private void markDownloaded(OwnedDocument owned) {
        try {
            documents().downloaded(owned);
        } catch (RuntimeException e) {
            request.session().getTransactionManager().setRollbackOnly();
            LOG.debugf("Document download not recorded (%s)", e.getClass().getName());
        }
    }

    private Documents documents() {
        return request.directory().documents();
    }
}
