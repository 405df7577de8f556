package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return request.respond(() -> {
            Map<String, Object> json = new LinkedHashMap<>();
            request.directory()
                    .meterReadings()
                    .window(point)
                    .map(window -> ReadingWindowCalendar.around(window, request.today()))
                    .ifPresentOrElse(
                            window -> {
                                json.put("open", window.open());
                                json.put("from", window.from().toString());
                                json.put("to", window.to().toString());
                            },
                            () -> {
                                json.put("open", false);
                                json.put("from", null);
                                json.put("to", null);
                            });
            return PortalResponses.json(200, json);
        });
    }
}
