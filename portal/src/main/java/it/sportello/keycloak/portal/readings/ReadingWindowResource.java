package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/** {@code /supply-points/{id}/reading-window}: whether a self-reading is accepted today, and when. */
public final class ReadingWindowResource {

    private final PortalRequest request;
    private final OwnedSupplyPoint point;

    public ReadingWindowResource(PortalRequest request, OwnedSupplyPoint point) {
        this.request = request;
        this.point = point;
    }

    @GET
    public Response get() {
        return request.respond(() -> PortalResponses.json(
                200,
                request.directory()
                        .meterReadings()
                        .window(point)
                        .map(window -> ReadingWindowJson.of(ReadingWindowCalendar.around(window, request.today())))
                        .orElse(ReadingWindowJson.NONE)));
    }
}
