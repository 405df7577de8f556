package it.sportello.keycloak.portal.consumption;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /supply-points/{id}/consumption} (JSON) and {@code /supply-points/{id}/consumption.csv}: the monthly
 * consumption of one of the caller's supply points in a year.
 */
public final class ConsumptionResource {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final PortalRequest request;
    private final OwnedSupplyPoint point;
    private final boolean csv;

    public ConsumptionResource(PortalRequest request, OwnedSupplyPoint point, boolean csv) {
        this.request = request;
        this.point = point;
        this.csv = csv;
    }

    @GET
    public Response get(@QueryParam("year") String year) {
        return request.respond(() -> {
            int parsedYear = year(year, request.today().getYear());
            List<ConsumptionRecord> months = request.directory().supplyPoints().consumption(point, parsedYear);
            if (csv) {
                return Response.ok(
                                ConsumptionCsv.of(months).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\""
                                        + ConsumptionCsv.fileName(
                                                point.supplyPoint().code(), parsedYear) + "\"");
            }
            return PortalResponses.json(
                    200,
                    new ConsumptionJson(
                            parsedYear,
                            unit(point.supplyPoint().commodity()),
                            months.stream().map(ConsumptionMonthJson::of).toList()));
        });
    }

    static String unit(Commodity commodity) {
        return commodity == Commodity.ELECTRICITY ? "kWh" : "m3";
    }

    static int year(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.badRequest(List.of(FieldError.of(
                        "year", PortalMessages.ERROR_YEAR, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))))
                .exception();
    }
}
