package it.sportello.keycloak.portal.contract;

import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/**
 * {@code /supply-points/{id}/contract}: the contract in force on one of the caller's supply points and its meter, read
 * only. One CRM statement after the ownership check; the IBAN of a SEPA mandate leaves masked.
 */
public final class ContractResource {

    private final PortalRequest request;
    private final OwnedSupplyPoint point;

    public ContractResource(PortalRequest request, OwnedSupplyPoint point) {
        this.request = request;
        this.point = point;
    }

    @GET
    public Response get() {
        return request.respond(() -> PortalResponses.json(
                200, ContractDataJson.of(request.directory().contracts().of(point))));
    }
}
