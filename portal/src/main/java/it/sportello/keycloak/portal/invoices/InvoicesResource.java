package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.crm.InvoicePage;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(
                    "items",
                    invoices.stream()
                            .map(i -> body(i, documents.exists(i.pdfLocation())))
                            .toList());
            json.put("page", params.page());
            json.put("size", params.size());
            json.put("total", total);
            return PortalResponses.json(200, json);
        });
    }

    static Map<String, Object> body(InvoiceRecord invoice, boolean hasPdf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", invoice.number());
        json.put("issueDate", text(invoice.issueDate()));
        json.put("periodFrom", text(invoice.periodFrom()));
        json.put("periodTo", text(invoice.periodTo()));
        json.put("amount", invoice.amount());
        json.put("dueDate", text(invoice.dueDate()));
        json.put("status", invoice.status() == null ? null : invoice.status().name());
        json.put("hasPdf", hasPdf);
        return json;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
