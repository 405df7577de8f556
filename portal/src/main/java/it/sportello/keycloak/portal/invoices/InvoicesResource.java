package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.crm.InvoicePage;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /supply-points/{id}/invoices}: a page of the invoices of one of the caller's supply points. */
public final class InvoicesResource {

    private final PortalRequest request;
    private final OwnedSupplyPoint point;

    public InvoicesResource(PortalRequest request, OwnedSupplyPoint point) {
        this.request = request;
        this.point = point;
    }

    @GET
    public Response list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return request.respond(() -> {
            InvoiceQueryParams params = InvoiceQueryParams.parse(from, to, page, size);
            InvoicePage invoicePage = request.directory().supplyPoints().invoices(point, params.query());
            List<InvoiceRecord> invoices = invoicePage.items();
            long total = invoicePage.total();
            InvoiceDocuments documents = new InvoiceDocuments(request.config());
            List<InvoiceJson> items = invoices.stream()
                    .map(i -> InvoiceJson.of(i, documents.exists(i.pdfLocation())))
                    .toList();
            return PortalResponses.json(200, new InvoicePageJson(items, params.page(), params.size(), total));
        });
    }
}
