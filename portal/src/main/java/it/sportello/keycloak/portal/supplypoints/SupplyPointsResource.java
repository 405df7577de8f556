package it.sportello.keycloak.portal.supplypoints;

import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalJson;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import it.sportello.keycloak.portal.ProblemException;
import it.sportello.keycloak.portal.consumption.ConsumptionResource;
import it.sportello.keycloak.portal.contract.ContractResource;
import it.sportello.keycloak.portal.invoices.InvoicesResource;
import it.sportello.keycloak.portal.metering.MeteringResource;
import it.sportello.keycloak.portal.readings.ReadingWindowResource;
import it.sportello.keycloak.portal.readings.ReadingsResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code /supply-points}: the caller's supply points, and the way into each one's invoices, consumption,
 * interval data and self-readings. A supply point that is not the caller's is not found, exactly like one that does not exist.
 */
public final class SupplyPointsResource {

    private final PortalRequest request;

    public SupplyPointsResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response list() {
        return request.respond(() -> PortalResponses.json(
                200,
                request.directory().supplyPoints().list(request.customerCode()).stream()
                        .map(SupplyPointJson::of)
                        .toList()));
    }

    @Path("{id}/invoices")
    public InvoicesResource invoices(@PathParam("id") String id) {
        return new InvoicesResource(request, own(id));
    }

    @Path("{id}/consumption.csv")
    public ConsumptionResource consumptionCsv(@PathParam("id") String id) {
        return new ConsumptionResource(request, own(id), true);
    }

    @Path("{id}/consumption")
    public ConsumptionResource consumption(@PathParam("id") String id) {
        return new ConsumptionResource(request, own(id), false);
    }

    @Path("{id}/metering")
    public MeteringResource metering(@PathParam("id") String id) {
        return new MeteringResource(request, own(id), MeteringResource.Format.JSON);
    }

    @Path("{id}/metering.csv")
    public MeteringResource meteringCsv(@PathParam("id") String id) {
        return new MeteringResource(request, own(id), MeteringResource.Format.CSV);
    }

    @Path("{id}/metering.xlsx")
    public MeteringResource meteringXlsx(@PathParam("id") String id) {
        return new MeteringResource(request, own(id), MeteringResource.Format.XLSX);
    }

    @Path("{id}/readings")
    public ReadingsResource readings(@PathParam("id") String id) {
        return new ReadingsResource(request, own(id));
    }

    @Path("{id}/reading-window")
    public ReadingWindowResource readingWindow(@PathParam("id") String id) {
        return new ReadingWindowResource(request, own(id));
    }

    @Path("{id}/contract")
    public ContractResource contract(@PathParam("id") String id) {
        return new ContractResource(request, own(id));
    }

    /** The one ownership check of a request on a supply point: everything below takes the handle. */
    private OwnedSupplyPoint own(String id) {
        try {
            return request.directory()
                    .supplyPoints()
                    .owned(request.customerCode(), PortalJson.id(id))
                    .orElseThrow(() -> Problem.notFound().exception());
        } catch (ProblemException e) {
            throw request.fail(e.problem());
        }
    }
}
