package it.sportello.keycloak.portal.root;

import it.sportello.keycloak.portal.PortalRequest;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Answers CORS preflights below a feature path, which carry no token. */
public final class PortalPreflightResource {

    @OPTIONS
    public Response preflight() {
        return PortalRequest.preflight();
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflightBelow() {
        return PortalRequest.preflight();
    }
}
