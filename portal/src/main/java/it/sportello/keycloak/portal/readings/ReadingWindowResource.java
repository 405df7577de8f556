package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/**
 * {@code /supply-points/{id}/reading-window}: whether a self-reading is accepted now, the current or next window, and
 * every window of the year.
 */
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
                        .map(window -> ReadingWindowJson.of(
                                ReadingWindowCalendar.around(window, request.now()),
                                ReadingWindowCalendar.year(window, request.now()),
                                request.config().zone()))
                        .orElse(ReadingWindowJson.NONE)));
    }
}
