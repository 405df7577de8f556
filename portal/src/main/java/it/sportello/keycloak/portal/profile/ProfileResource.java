package it.sportello.keycloak.portal.profile;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.UserModel;
import org.keycloak.services.validation.Validation;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * {@code /me}: the caller's CRM record, and the change of the three contact fields a customer may edit. Phone and fax
 * go through Keycloak's user profile (context {@code ACCOUNT}), like the account console's, so the realm's validators
 * run and the CRM federation provider writes them back to the CRM at once. A new email address is never written here:
 * it becomes a verified change ({@link EmailChangeRequest}), written only when the link sent to the new address is
 * followed, and the answer (202) is the same whether the address is free or another account's.
 */
public final class ProfileResource {

    static final String PHONE = "phone";
    static final String FAX = "fax";
    static final String EMAIL = "email";
    static final String VERSION = "version";
    /** The longest email address SMTP carries. */
    static final int MAX_EMAIL_LENGTH = 254;

    private final PortalRequest request;

    public ProfileResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response me() {
        return request.respond(() -> PortalResponses.json(200, MeJson.of(customer(), null)));
    }

    @PUT
    @Path("contact")
    @Consumes(MediaType.WILDCARD)
    public Response changeContact(String body) {
        return request.respond(() -> {
            ContactChange change = ContactChange.parse(JsonBodies.object(body));
            requireCurrent(change.version());
            UserModel user = request.user();
            String newEmail = change.newEmail(user.getEmail());
            Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
            // the email stays as it is here: a new one is only written by the confirmation link
            attributes.put(UserModel.EMAIL, values(user.getEmail()));
            attributes.put(PHONE, values(change.phone()));
            attributes.put(FAX, values(change.fax()));
            UserProfileProvider profiles = request.session().getProvider(UserProfileProvider.class);
            UserProfile profile = profiles.create(UserProfileContext.ACCOUNT, attributes, user);
            try {
                profile.update(false);
            } catch (ValidationException e) {
                throw Problem.validation(fieldErrors(e)).exception();
            }
            if (newEmail == null) {
                return PortalResponses.json(200, MeJson.of(customer(), null));
            }
            EmailChangeRequest.send(request, newEmail);
            return PortalResponses.json(
                    202, MeJson.of(customer(), request.localizer().text(PortalMessages.NOTICE_EMAIL_CONFIRMATION)));
        });
    }

    /**
     * Refuses a change edited from contact details that are no longer the CRM's. The row stays locked until the
     * request ends, so two changes sent at once from the same version cannot both pass: the second waits, then sees
     * the first one's version.
     */
    private void requireCurrent(String version) {
        ContactDetails current = request.directory()
                .customers()
                .lockContact(request.customerCode())
                .orElseThrow(() -> Problem.notFound().exception());
        if (!ContactVersion.of(current).equals(version)) {
            throw Problem.conflict("contact-changed", PortalMessages.PROBLEM_CONTACT_CHANGED)
                    .exception();
        }
    }

    private CustomerRecord customer() {
        return request.directory()
                .customers()
                .findByCustomerCode(request.customerCode())
                .orElseThrow(() -> Problem.notFound().exception());
    }

    static List<FieldError> fieldErrors(ValidationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationException.Error error : e.getErrors()) {
            String field = error.getAttribute();
            Object[] parameters = error.getMessageParameters();
            // Keycloak passes the attribute name as the first parameter of its messages
            errors.add(new FieldError(
                    field == null ? "body" : field,
                    error.getMessage(),
                    parameters == null ? List.of() : Arrays.asList(parameters)));
        }
        if (errors.isEmpty()) {
            errors.add(FieldError.of("body", PortalMessages.ERROR_BODY));
        }
        return errors;
    }

    private static List<String> values(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim());
    }

    /**
     * The body of {@code PUT /me/contact}: phone and fax, optional text (absent or empty clears them), and email,
     * optional (absent, empty or the current address: no change; an address cannot be removed here).
     */
    record ContactChange(String phone, String fax, String email, String version) {

        static final int MAX_PHONE_LENGTH = 32;

        static ContactChange parse(JsonNode json) {
            List<FieldError> errors = new ArrayList<>();
            String phone = JsonBodies.text(json, PHONE, errors);
            String fax = JsonBodies.text(json, FAX, errors);
            String email = JsonBodies.text(json, EMAIL, errors);
            String version = JsonBodies.text(json, VERSION, errors);
            if (version == null || version.isBlank()) {
                errors.add(FieldError.of(VERSION, PortalMessages.ERROR_REQUIRED));
            }
            for (Map.Entry<String, String> field :
                    Map.of(PHONE, nullToEmpty(phone), FAX, nullToEmpty(fax)).entrySet()) {
                if (field.getValue().trim().length() > MAX_PHONE_LENGTH) {
                    errors.add(FieldError.of(field.getKey(), PortalMessages.ERROR_TOO_LONG, MAX_PHONE_LENGTH));
                }
            }
            String trimmed = email == null ? "" : email.trim();
            if (!trimmed.isEmpty() && (trimmed.length() > MAX_EMAIL_LENGTH || !Validation.isEmailValid(trimmed))) {
                // the syntax only: whether the address is taken is never answered
                errors.add(FieldError.of(EMAIL, PortalMessages.ERROR_EMAIL, trimmed));
            }
            if (!errors.isEmpty()) {
                throw Problem.validation(errors).exception();
            }
            return new ContactChange(phone, fax, trimmed.isEmpty() ? null : trimmed, version.trim());
        }

        /** The address to change to, or null when the body asks for none (absent, empty or the current one). */
        String newEmail(String current) {
            if (email == null || email.equalsIgnoreCase(current == null ? "" : current)) {
                return null;
            }
            return email;
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }

        @Override
        public String toString() {
            return "ContactChange[redacted]";
        }
    }
}
