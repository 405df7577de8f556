package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/** {@code /invoices/{number}/pdf}: the document of one of the caller's invoices, streamed. */
public final class InvoiceDocumentsResource {

    private final PortalRequest request;

    public InvoiceDocumentsResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    @Path("{number}/pdf")
    public Response pdf(@PathParam("number") String number) {
        return request.respond(() -> {
            InvoiceNumber invoiceNumber = InvoiceNumber.parse(number)
                    .orElseThrow(() -> Problem.notFound().exception());
            InvoiceRecord invoice = request.directory()
                    .supplyPoints()
                    .invoice(request.customerCode(), invoiceNumber)
                    .orElseThrow(() -> Problem.notFound().exception());
            InvoiceDocuments.Document document = new InvoiceDocuments(request.config())
                    .find(invoice.pdfLocation())
                    .orElseThrow(() -> Problem.notFound().exception());
            StreamingOutput body = out -> {
                try (InputStream in = document.open()) {
                    in.transferTo(out);
                }
            };
            return Response.ok(body, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(invoice.number()) + "\"")
                    .header("Cache-Control", "private, no-store");
        });
    }

    /** The invoice number as a file name, with anything but letters, digits, dot, dash and underscore replaced. */
    static String fileName(String number) {
        return number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
