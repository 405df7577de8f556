package it.sportello.keycloak.portal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PathParameters;
import it.sportello.keycloak.portal.PortalLocalizer;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import it.sportello.keycloak.portal.ProblemException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Back office: acquiring self-readings, and tickets: reading one with its conversation, answering it and moving it
 * through its states ({@link TicketAdminResource}). Both change what customers see of
 * their own data, so both require the right to manage the realm's users (realm-management {@code manage-users}, or a
 * fine-grained permission granting it).
 */
public final class PortalAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    PortalAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    @Path("readings/{id}/acquire")
    public Response acquire(@PathParam("id") String id) {
        auth.users().requireManage();
        return respond(() -> {
            directory().meterReadings().acquire(id).orElseThrow(() -> Problem.notFound()
                    .exception());
            return Response.noContent().build();
        });
    }

    /** One ticket: its conversation, an operator's answer and its status (see {@link TicketAdminResource}). */
    @Path("tickets/{id}")
    public TicketAdminResource ticket(@PathParam("id") String id) {
        return new TicketAdminResource(this, session, realm, auth, id);
    }

    static SupportTicketStatus parseStatus(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        String value = JsonBodies.text(json, "status", errors);
        Optional<SupportTicketStatus> status = Optional.ofNullable(value).flatMap(v -> {
            for (SupportTicketStatus candidate : SupportTicketStatus.values()) {
                if (candidate.name().equalsIgnoreCase(v.trim())) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
        if (status.isEmpty()) {
            throw Problem.validation(List.of(FieldError.of("status", PortalMessages.ERROR_STATUS)))
                    .exception();
        }
        return status.get();
    }

    Response respond(java.util.function.Supplier<Response> endpoint) {
        try {
            if (PathParameters.unmatchable(session.getContext().getUri().getPathParameters())) {
                throw Problem.notFound().exception();
            }
            return endpoint.get();
        } catch (ProblemException e) {
            session.getTransactionManager().setRollbackOnly();
            UserModel admin = auth.adminAuth().getUser();
            return PortalResponses.problem(
                            e.problem(),
                            PortalLocalizer.of(
                                    session, realm, session.getContext().resolveLocale(admin)))
                    .build();
        }
    }

    CustomerDirectory directory() {
        return session.getProvider(CustomerDirectory.class);
    }
}
