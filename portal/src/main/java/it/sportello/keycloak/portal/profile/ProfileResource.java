package it.sportello.keycloak.portal.profile;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalJson;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * {@code /me}: the caller's CRM record, and the change of the three contact fields a customer may edit. The change
 * goes through Keycloak's user profile (context {@code ACCOUNT}), like the account console's, so the realm's
 * validators run and the CRM federation provider writes it back to the CRM.
 */
public final class ProfileResource {

    static final String PHONE = "phone";
    static final String FAX = "fax";
    static final String EMAIL = "email";
    /** The message of the federation provider's refusal of an address already used in the CRM. */
    static final String EMAIL_IN_USE = "emailExistsMessage";

    private final PortalRequest request;

    public ProfileResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response me() {
        return request.respond(() -> PortalResponses.json(200, body(customer())));
    }

    @PUT
    @Path("contact")
    @Consumes(MediaType.WILDCARD)
    public Response changeContact(String body) {
        return request.respond(() -> {
            ContactChange change = ContactChange.parse(JsonBodies.object(body));
            UserModel user = request.user();
            Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
            attributes.put(UserModel.EMAIL, values(change.email()));
            attributes.put(PHONE, values(change.phone()));
            attributes.put(FAX, values(change.fax()));
            UserProfileProvider profiles = request.session().getProvider(UserProfileProvider.class);
            UserProfile profile = profiles.create(UserProfileContext.ACCOUNT, attributes, user);
            try {
                profile.update(false);
            } catch (ValidationException e) {
                throw Problem.validation(fieldErrors(e)).exception();
            } catch (ModelException e) {
                // the CRM write-back refuses an address another CRM customer already has
                if (EMAIL_IN_USE.equals(e.getMessage())) {
                    throw new Problem(
                                    Problem.TYPE_PREFIX + "email-in-use",
                                    409,
                                    PortalMessages.PROBLEM_EMAIL_IN_USE,
                                    PortalMessages.PROBLEM_EMAIL_IN_USE + "Detail",
                                    List.of(FieldError.of(EMAIL, PortalMessages.ERROR_EMAIL_IN_USE)))
                            .exception();
                }
                throw e;
            }
            return PortalResponses.json(200, body(customer()));
        });
    }

    private CustomerRecord customer() {
        return request.directory().findByCustomerCode(request.customerCode()).orElseThrow(() -> Problem.notFound()
                .exception());
    }

    private static List<FieldError> fieldErrors(ValidationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationException.Error error : e.getErrors()) {
            String field = error.getAttribute();
            Object[] parameters = error.getMessageParameters();
            // Keycloak passes the attribute name as the first parameter of its messages
            errors.add(new FieldError(
                    field == null ? "body" : field,
                    error.getMessage(),
                    parameters == null ? List.of() : List.of(parameters)));
        }
        if (errors.isEmpty()) {
            errors.add(FieldError.of("body", PortalMessages.ERROR_BODY));
        }
        return errors;
    }

    private static List<String> values(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim());
    }

    static Map<String, Object> body(CustomerRecord customer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customerCode", customer.customerCode());
        json.put("kind", customer.kind().name());
        json.put("displayName", customer.displayName());
        json.put("email", customer.email());
        json.put("phone", customer.phone());
        json.put("fax", customer.fax());
        json.put("address", PortalJson.address(customer.address()));
        return json;
    }

    /** The body of {@code PUT /me/contact}: the three fields, each optional text (absent or empty clears it). */
    record ContactChange(String phone, String fax, String email) {

        static final int MAX_PHONE_LENGTH = 32;

        static ContactChange parse(JsonNode json) {
            List<FieldError> errors = new ArrayList<>();
            String phone = JsonBodies.text(json, PHONE, errors);
            String fax = JsonBodies.text(json, FAX, errors);
            String email = JsonBodies.text(json, EMAIL, errors);
            for (Map.Entry<String, String> field :
                    Map.of(PHONE, nullToEmpty(phone), FAX, nullToEmpty(fax)).entrySet()) {
                if (field.getValue().trim().length() > MAX_PHONE_LENGTH) {
                    errors.add(FieldError.of(field.getKey(), PortalMessages.ERROR_TOO_LONG, MAX_PHONE_LENGTH));
                }
            }
            if (!errors.isEmpty()) {
                throw Problem.validation(errors).exception();
            }
            return new ContactChange(phone, fax, email);
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
