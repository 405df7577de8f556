package it.sportello.keycloak.portal.root;

import it.sportello.keycloak.portal.PortalConfig;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.company.CompanyResource;
import it.sportello.keycloak.portal.documents.DocumentsResource;
import it.sportello.keycloak.portal.home.HomeResource;
import it.sportello.keycloak.portal.invoices.InvoiceDocumentsResource;
import it.sportello.keycloak.portal.profile.ProfileResource;
import it.sportello.keycloak.portal.supplypoints.SupplyPointsResource;
import it.sportello.keycloak.portal.tickets.TicketsResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import org.keycloak.models.KeycloakSession;

/**
 * Root of {@code /realms/{realm}/sportello-portal} (and of the deprecated alias {@code /portal}): the OpenAPI description (public), CORS preflights, and the feature
 * resources, each reached only after {@link PortalRequest#authenticate} has established who the caller is.
 */
public final class PortalResource {

    static final String OPENAPI = "META-INF/sportello/portal-openapi.yaml";

    private final KeycloakSession session;
    private final PortalConfig config;
    private final Clock clock;

    PortalResource(KeycloakSession session, PortalConfig config, Clock clock) {
        this.session = session;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response openApi() {
        InputStream yaml = PortalResource.class.getClassLoader().getResourceAsStream(OPENAPI);
        if (yaml == null) {
            throw new NotFoundException();
        }
        return Response.ok(yaml, "application/yaml;charset=UTF-8")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflight() {
        return PortalRequest.preflight();
    }

    @Path("home")
    public Object home() {
        return isPreflight() ? new PortalPreflightResource() : new HomeResource(authenticate());
    }

    @Path("me")
    public Object me() {
        return isPreflight() ? new PortalPreflightResource() : new ProfileResource(authenticate());
    }

    @Path("supply-points")
    public Object supplyPoints() {
        return isPreflight() ? new PortalPreflightResource() : new SupplyPointsResource(authenticate());
    }

    @Path("invoices")
    public Object invoices() {
        return isPreflight() ? new PortalPreflightResource() : new InvoiceDocumentsResource(authenticate());
    }

    @Path("documents")
    public Object documents() {
        return isPreflight() ? new PortalPreflightResource() : new DocumentsResource(authenticate());
    }

    @Path("tickets")
    public Object tickets() {
        return isPreflight() ? new PortalPreflightResource() : new TicketsResource(authenticate());
    }

    /** Company members and the delegated reset: open to local accounts too, the resource checks the company. */
    @Path("company")
    public Object company() {
        return isPreflight()
                ? new PortalPreflightResource()
                : new CompanyResource(PortalRequest.authenticateAnyUser(session, config, clock));
    }

    private PortalRequest authenticate() {
        return PortalRequest.authenticate(session, config, clock);
    }

    private boolean isPreflight() {
        return HttpMethod.OPTIONS.equals(session.getContext().getHttpRequest().getHttpMethod());
    }
}
