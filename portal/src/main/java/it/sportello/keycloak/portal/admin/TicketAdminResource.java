package it.sportello.keycloak.portal.admin;

import it.sportello.keycloak.crm.NewTicketMessage;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.TicketUpdate;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalConfig;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import it.sportello.keycloak.portal.root.PortalResourceProviderFactory;
import it.sportello.keycloak.portal.tickets.MultipartBody;
import it.sportello.keycloak.portal.tickets.TicketDetailsJson;
import it.sportello.keycloak.portal.tickets.TicketMessageForm;
import it.sportello.keycloak.portal.tickets.TicketNotifications;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/sportello-portal/tickets/{id}}: the back office's view of one ticket with its
 * conversation, an operator's answer and status changes. Reading needs {@code view-users}, writing
 * {@code manage-users}.
 *
 * <p>Optimistic locking: the GET answers the ticket's version as a strong {@code ETag}; an answer or a status change
 * must send it back in {@code If-Match} (none: 428), and is refused with a 409 {@code ticket-changed} problem when the
 * ticket changed meanwhile (a customer's message, another operator), so no operator overwrites what they did not see.
 */
public final class TicketAdminResource {

    private final PortalAdminResource parent;
    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final String id;

    TicketAdminResource(
            PortalAdminResource parent,
            KeycloakSession session,
            RealmModel realm,
            AdminPermissionEvaluator auth,
            String id) {
        this.parent = parent;
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.id = id;
    }

    @GET
    public Response get() {
        auth.users().requireView();
        return parent.respond(() -> parent.directory()
                .ticketConversations()
                .conversation(id)
                .map(conversation -> PortalResponses.json(200, TicketDetailsJson.of(conversation))
                        .header("ETag", TicketVersions.etag(conversation.version()))
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseThrow(() -> Problem.notFound().exception()));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.WILDCARD)
    public Response status(String body) {
        auth.users().requireManage();
        return parent.respond(() -> {
            long version = TicketVersions.required(ifMatch());
            SupportTicketStatus status = PortalAdminResource.parseStatus(JsonBodies.object(body));
            TicketUpdate update =
                    parent.directory().ticketConversations().changeStatus(id, version, status, operatorName());
            done(update);
            if (update.statusChanged()) {
                TicketRecord ticket = update.conversation().ticket();
                UserModel customer = customer(ticket);
                new TicketNotifications(session, realm).statusChanged(ticket, customer, fallbackLocale(customer));
            }
            return noContent(update);
        });
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.WILDCARD)
    public Response answer() {
        auth.users().requireManage();
        return parent.respond(() -> {
            long version = TicketVersions.required(ifMatch());
            long maxSize = portalConfig().maxAttachmentSize();
            MultipartBody body = MultipartBody.read(session, TicketMessageForm.ATTACHMENTS, maxSize);
            TicketMessageForm form =
                    TicketMessageForm.parse(body.fields().get(TicketMessageForm.TEXT), body.uploads(), maxSize);
            TicketUpdate update = parent.directory()
                    .ticketConversations()
                    .answer(id, version, new NewTicketMessage(operatorName(), form.text(), form.attachments()));
            done(update);
            TicketRecord ticket = update.conversation().ticket();
            UserModel customer = customer(ticket);
            new TicketNotifications(session, realm).answered(ticket, customer, fallbackLocale(customer));
            return PortalResponses.json(201, TicketDetailsJson.of(update.conversation()))
                    .header("ETag", TicketVersions.etag(update.conversation().version()))
                    .build();
        });
    }

    /** Throws the problem for an update that did not happen. */
    private static void done(TicketUpdate update) {
        switch (update.outcome()) {
            case DONE -> {
                // written
            }
            case STALE -> throw Problem.conflict("ticket-changed", PortalMessages.PROBLEM_TICKET_CHANGED)
                    .exception();
            default -> throw Problem.notFound().exception();
        }
    }

    private static Response noContent(TicketUpdate update) {
        return Response.noContent()
                .header("ETag", TicketVersions.etag(update.conversation().version()))
                .build();
    }

    /** The portal's settings (the attachment limit is the same for customers and operators). */
    private PortalConfig portalConfig() {
        ProviderFactory<RealmResourceProvider> factory = session.getKeycloakSessionFactory()
                .getProviderFactory(RealmResourceProvider.class, PortalResourceProviderFactory.ID);
        return factory instanceof PortalResourceProviderFactory portal ? portal.config() : PortalConfig.defaults();
    }

    private String ifMatch() {
        return session.getContext().getRequestHeaders().getHeaderString("If-Match");
    }

    private String operatorName() {
        return TicketNotifications.displayName(auth.adminAuth().getUser());
    }

    /** The customer's account in the ticket's realm (the username is the customer code), or null. */
    private UserModel customer(TicketRecord ticket) {
        if (ticket.customerCode() == null) {
            return null;
        }
        return session.users().getUserByUsername(realm, ticket.customerCode().toLowerCase(Locale.ROOT));
    }

    /** The customer's chosen language, else the realm's default: never the operator's browser language. */
    private Locale fallbackLocale(UserModel customer) {
        String chosen = customer == null ? null : customer.getFirstAttribute(UserModel.LOCALE);
        if (chosen != null && !chosen.isBlank()) {
            return Locale.forLanguageTag(chosen);
        }
        String realmDefault = realm.getDefaultLocale();
        return realmDefault == null ? Locale.ITALIAN : Locale.forLanguageTag(realmDefault);
    }
}
