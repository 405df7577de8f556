package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.NewTicketMessage;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.TicketAttachmentContent;
import it.sportello.keycloak.crm.TicketConversation;
import it.sportello.keycloak.crm.TicketUpdate;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * {@code /tickets}: the caller's support tickets, the request types and machines a new one may name, opening one
 * (multipart/form-data with attachments stored in the CRM database), one ticket's details with its conversation, the
 * customer's messages and the attachments' content. Opening a ticket notifies the customer and the contacts by email.
 *
 * <p>The multipart body is parsed by the server before the resource runs (Keycloak parses every form of a POST); the
 * parts are read here from the request context, which, unlike Keycloak's {@code HttpRequest}, keeps each file's name
 * and size.
 */
public final class TicketsResource {

    static final int MAX_TICKETS = 200;

    private final PortalRequest request;

    public TicketsResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response list() {
        return request.respond(() -> PortalResponses.json(
                200,
                request.directory().tickets().list(request.customerCode(), MAX_TICKETS).stream()
                        .map(TicketSummaryJson::of)
                        .toList()));
    }

    /** The request types the CRM offers the caller, labelled in the caller's language. */
    @GET
    @Path("categories")
    public Response categories() {
        return request.respond(() -> PortalResponses.json(
                200,
                request.directory().ticketOptions().requestTypes(TicketChoices.audience(request)).stream()
                        .map(type -> TicketCategoryOptionJson.of(
                                type, request.localizer().locale()))
                        .toList()));
    }

    /** The caller's machines of the CRM, which a ticket may be about (a supplier's; none for most customers). */
    @GET
    @Path("machines")
    public Response machines() {
        return request.respond(() -> PortalResponses.json(
                200,
                request.directory().ticketOptions().machines(request.customerCode()).stream()
                        .map(TicketMachineJson::of)
                        .toList()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create() {
        return request.respond(() -> {
            TicketForm ticket = ticketForm();
            TicketChoices chosen = TicketChoices.check(request, ticket);
            PortalTicketCreated created = request.directory()
                    .tickets()
                    .create(
                            request.customerCode(),
                            chosen.supplyPoint(),
                            request.user().getId(),
                            new PortalTicketRequest(
                                    chosen.type().code(),
                                    chosen.machine(),
                                    ticket.subject(),
                                    ticket.machineState() == null
                                            ? null
                                            : ticket.machineState().name(),
                                    ticket.description(),
                                    ticket.contacts(),
                                    ticket.attachments(),
                                    request.localizer().locale().toLanguageTag()));
            request.directory()
                    .tickets()
                    .find(request.customerCode(), created.id())
                    .ifPresent(stored -> new TicketNotifications(request.session(), request.realm())
                            .created(stored, request.user(), request.localizer().locale()));
            URI location = request.session()
                    .getContext()
                    .getUri()
                    .getAbsolutePathBuilder()
                    .path(created.id())
                    .build();
            return PortalResponses.json(201, new TicketCreatedJson(created.id(), created.number()))
                    .location(location);
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return request.respond(() -> {
            TicketConversation ticket = request.directory()
                    .ticketConversations()
                    .conversation(request.customerCode(), id)
                    .orElseThrow(() -> Problem.notFound().exception());
            return PortalResponses.json(200, TicketDetailsJson.of(ticket));
        });
    }

    /** The customer's message on one of their tickets: 201 with the ticket and its conversation. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.WILDCARD)
    public Response reply(@PathParam("id") String id) {
        return request.respond(() -> {
            MultipartBody body = MultipartBody.read(
                    request.session(),
                    TicketMessageForm.ATTACHMENTS,
                    request.config().maxAttachmentSize());
            TicketMessageForm form = TicketMessageForm.parse(
                    body.fields().get(TicketMessageForm.TEXT),
                    body.uploads(),
                    request.config().maxAttachmentSize());
            TicketUpdate update = request.directory()
                    .ticketConversations()
                    .reply(
                            request.customerCode(),
                            id,
                            new NewTicketMessage(
                                    TicketNotifications.displayName(request.user()), form.text(), form.attachments()));
            return switch (update.outcome()) {
                case DONE -> PortalResponses.json(201, TicketDetailsJson.of(update.conversation()));
                case CLOSED -> throw Problem.conflict("ticket-closed", PortalMessages.PROBLEM_TICKET_CLOSED)
                        .exception();
                default -> throw Problem.notFound().exception();
            };
        });
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    public Response attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        return request.respond(() -> {
            TicketAttachmentContent attachment = request.directory()
                    .tickets()
                    .attachment(request.customerCode(), id, attachmentId)
                    .orElseThrow(() -> Problem.notFound().exception());
            return Response.ok(attachment.content(), attachment.attachment().contentType())
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\""
                                    + asciiName(attachment.attachment().filename()) + "\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store");
        });
    }

    /** The ticket the multipart body asks for: the first value of each text field, every attachment part. */
    private TicketForm ticketForm() {
        FormData form = formData();
        Map<String, String> fields = new HashMap<>();
        List<TicketUpload> uploads = new ArrayList<>();
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (TicketForm.ATTACHMENTS.equals(name)) {
                    uploads.add(upload(value, request.config().maxAttachmentSize()));
                } else if (!value.isFileItem() && !fields.containsKey(name)) {
                    fields.put(name, value.getValue());
                }
            }
        }
        return TicketForm.parse(fields, uploads, request.config().maxAttachmentSize());
    }

    /** The parsed multipart body; none when the request was not multipart/form-data. */
    private FormData formData() {
        String type = request.session().getContext().getRequestHeaders().getHeaderString("Content-Type");
        if (type == null || !MediaType.valueOf(type).isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            throw Problem.unsupportedMediaType().exception();
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            throw Problem.unsupportedMediaType().exception();
        }
        return form;
    }

    /** Reads a file part, but never more than one byte past the limit. */
    static TicketUpload upload(FormValue value, long maxBytes) {
        try {
            if (!value.isFileItem()) {
                byte[] text = value.getValue() == null
                        ? new byte[0]
                        : value.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return new TicketUpload(value.getFileName(), text.length, text);
            }
            long size = value.getFileItem().getFileSize();
            if (size > maxBytes) {
                return new TicketUpload(value.getFileName(), size, null);
            }
            try (InputStream in = value.getFileItem().getInputStream()) {
                byte[] content = in.readNBytes((int) maxBytes + 1);
                return new TicketUpload(value.getFileName(), content.length, content);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file name for the download header: ASCII letters, digits, dot, dash and underscore. */
    static String asciiName(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return ascii.isEmpty() ? "attachment" : ascii;
    }
}
