package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.keycloak.models.KeycloakSession;

/**
 * A multipart/form-data body as the server parsed it before the resource ran: the first value of each text field and
 * every file part named {@code filesField}, each read up to one byte past {@code maxBytes}. Used by the portal's and
 * the back office's ticket message endpoints.
 */
public record MultipartBody(Map<String, String> fields, List<TicketUpload> uploads) {

    public MultipartBody {
        fields = Map.copyOf(fields);
        uploads = List.copyOf(uploads);
    }

    /** The request's multipart body; a 415 problem when the request is not multipart/form-data. */
    public static MultipartBody read(KeycloakSession session, String filesField, long maxBytes) {
        String type = session.getContext().getRequestHeaders().getHeaderString("Content-Type");
        if (!isMultipart(type)) {
            throw Problem.unsupportedMediaType().exception();
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            throw Problem.unsupportedMediaType().exception();
        }
        Map<String, String> fields = new HashMap<>();
        List<TicketUpload> uploads = new ArrayList<>();
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (filesField.equals(name)) {
                    uploads.add(TicketsResource.upload(value, maxBytes));
                } else if (!value.isFileItem() && !fields.containsKey(name) && value.getValue() != null) {
                    fields.put(name, value.getValue());
                }
            }
        }
        return new MultipartBody(fields, uploads);
    }

    /** Whether a Content-Type header names multipart/form-data; false for none or a malformed one. */
    public static boolean isMultipart(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.valueOf(contentType).isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "MultipartBody[fields=" + fields.keySet() + ", uploads=" + uploads.size() + "]";
    }
}
