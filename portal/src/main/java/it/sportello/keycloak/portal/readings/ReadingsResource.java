package it.sportello.keycloak.portal.readings;

import it.sportello.keycloak.crm.CustomerDirectory;
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
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * {@code /supply-points/{id}/readings}: the self-readings of one of the caller's supply points; submitting today's
 * (inside the commodity's window, plausible after the last one, at most one per day) and withdrawing one not yet
 * acquired.
 *
 * <p>One reading per supply point and day is the database's unique constraint {@code uk_meter_reading_point_date},
 * which also decides between concurrent submissions. The insert runs in a transaction of its own: on the XA
 * datasource a violation marks the transaction for rollback (and some databases report it only at commit), which
 * in the request's own transaction would turn the answer into a server error after the fact. An integrity
 * violation, a lock timeout on the key, or a reading of today being there now all mean another submission won: 409.
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
        String userId = request.user().getId();
        try {
            // the handle was checked by this request: the inner transaction inserts without asking again
            return KeycloakModelUtils.runJobInTransactionWithResult(
                    request.session().getKeycloakSessionFactory(),
                    request.session().getContext(),
                    inner -> inner.getProvider(CustomerDirectory.class)
                            .meterReadings()
                            .submit(point, today, submission.meterValue(), submission.correctorValue(), userId),
                    "sportello-portal-reading");
        } catch (RuntimeException e) {
            // a recognized conflict answers without reading again; anything else is checked against today's row
            if (ReadingConflicts.isConflict(e)
                    || readings().stream().anyMatch(r -> r.readingDate().equals(today))) {
                LOG.debugf("Concurrent self-reading refused (%s)", e.getClass().getSimpleName());
                throw readingExists();
            }
            throw e;
        }
    }

    private RuntimeException readingExists() {
        return Problem.conflict("reading-exists", PortalMessages.PROBLEM_READING_EXISTS)
                .exception();
    }

    private List<MeterReadingRecord> readings() {
        return request.directory().meterReadings().list(point, MAX_READINGS);
    }
}
