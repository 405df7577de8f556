package it.sportello.keycloak.portal.metering;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.IntervalRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /supply-points/{id}/metering} (JSON), {@code metering.csv} and {@code metering.xlsx}: the interval data of one
 * of the caller's supply points over a range of days. The rows are read inside the request's transaction; the files
 * are written to the response as they are produced.
 */
public final class MeteringResource {

    /** What the resource answers. */
    public enum Format {
        JSON,
        CSV,
        XLSX
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PortalRequest request;
    private final OwnedSupplyPoint point;
    private final Format format;

    public MeteringResource(PortalRequest request, OwnedSupplyPoint point, Format format) {
        this.request = request;
        this.point = point;
        this.format = format;
    }

    @GET
    public Response get(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("resolution") String resolution) {
        return request.respond(() -> {
            MeteringQuery query = MeteringQuery.parse(from, to, resolution, request.today(), format != Format.JSON);
            List<IntervalRecord> intervals =
                    request.directory().metering().intervals(point, query.from(), query.to(), query.resolution());
            return switch (format) {
                case JSON -> PortalResponses.json(
                        200,
                        new MeteringJson(
                                query.from().toString(),
                                query.to().toString(),
                                query.resolution().name(),
                                unit(point.supplyPoint().commodity()),
                                intervals.stream().map(IntervalJson::of).toList()));
                case CSV -> file(csv(intervals), "text/csv; charset=UTF-8", query, "csv");
                case XLSX -> file(out -> MeteringXlsx.write(intervals, out), XLSX_TYPE, query, "xlsx");
            };
        });
    }

    private Response.ResponseBuilder file(StreamingOutput body, String type, MeteringQuery query, String extension) {
        return Response.ok(body, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + MeteringCsv.fileName(point.supplyPoint().code(), query.from(), query.to(), extension)
                                + "\"");
    }

    private static StreamingOutput csv(List<IntervalRecord> intervals) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            MeteringCsv.write(intervals, writer);
            writer.flush();
        };
    }

    static String unit(Commodity commodity) {
        return commodity == Commodity.ELECTRICITY ? "kWh" : "Smc";
    }
}
