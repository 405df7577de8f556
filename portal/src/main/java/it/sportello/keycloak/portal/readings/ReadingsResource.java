package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /supply-points/{id}/readings}: the self-readings of one of the caller's supply points; submitting today's
 * (inside the commodity's window, plausible after the last one, at most one per day) and withdrawing one not yet
 * acquired.
 *
 * <p>One reading per supply point and day is the database's unique constraint {@code uk_meter_reading_point_date},
 * which also decides between concurrent submissions. The insert runs in the request's transaction and cannot fail on
 * that key: when another submission of the day got there first (committed, or committing while this one waits on the
 * key), it inserts nothing and the answer is 409, the transaction still good (see {@code MeterReadings#submit}).
 */
public final class ReadingsResource {

    static final int MAX_READINGS = 100;

    private static final Logger LOG = Logger.getLogger(ReadingsResource.class);

    private final PortalRequest request;
    private final OwnedSupplyPoint point;

    public ReadingsResource(PortalRequest request, OwnedSupplyPoint point) {
        this.request = request;
        this.point = point;
    }

    @GET
    public Response list() {
        return request.respond(() -> PortalResponses.json(
                200, readings().stream().map(ReadingJson::of).toList()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response submit(String body) {
        return request.respond(() -> {
            ReadingSubmission submission = ReadingSubmission.parse(
                    JsonBodies.object(body), point.supplyPoint().hasCorrector());
            LocalDate today = request.today();
            boolean open = request.directory()
                    .meterReadings()
                    .window(point)
                    .map(window ->
                            ReadingWindowCalendar.around(window, request.now()).open())
                    .orElse(false);
            if (!open) {
                throw Problem.conflict("reading-window-closed", PortalMessages.PROBLEM_READING_WINDOW_CLOSED)
                        .exception();
            }
            List<MeterReadingRecord> readings = readings();
            if (readings.stream().anyMatch(r -> r.readingDate().equals(today))) {
                throw readingExists();
            }
            // a refused reading is not the meter's last value
            Optional<MeterReadingRecord> last =
                    readings.stream().filter(MeterReadingRecord::valid).findFirst();
            List<FieldError> implausible = ReadingPlausibility.check(
                    submission,
                    last.map(MeterReadingRecord::meterValue).orElse(null),
                    last.map(MeterReadingRecord::correctorValue).orElse(null),
                    request.config().maxReadingIncrease());
            if (!implausible.isEmpty()) {
                throw Problem.validation(implausible).exception();
            }
            MeterReadingRecord stored = store(submission, today);
            URI location = request.session()
                    .getContext()
                    .getUri()
                    .getAbsolutePathBuilder()
                    .path(stored.id())
                    .build();
            return PortalResponses.json(201, ReadingJson.of(stored)).location(location);
        });
    }

    @DELETE
    @Path("{readingId}")
    public Response delete(@PathParam("readingId") String readingId) {
        return request.respond(() -> switch (request.directory().meterReadings().delete(point, readingId)) {
            case DELETED -> Response.noContent();
            case NOT_FOUND -> throw Problem.notFound().exception();
            case ACQUIRED -> throw Problem.conflict("reading-acquired", PortalMessages.PROBLEM_READING_ACQUIRED)
                    .exception();
        });
    }

    private MeterReadingRecord store(ReadingSubmission submission, LocalDate today) {
        // in the request's transaction: a reading of today inserted meanwhile makes the insert insert nothing
        return request.directory()
                .meterReadings()
                .submit(
                        point,
                        today,
                        submission.meterValue(),
                        submission.correctorValue(),
                        request.user().getId())
                .orElseThrow(() -> {
                    LOG.debug("Concurrent self-reading refused");
                    return readingExists();
                });
    }

    private RuntimeException readingExists() {
        return Problem.conflict("reading-exists", PortalMessages.PROBLEM_READING_EXISTS)
                .exception();
    }

    private List<MeterReadingRecord> readings() {
        return request.directory().meterReadings().list(point, MAX_READINGS);
    }
}
