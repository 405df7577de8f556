package it.sportello.keycloak.portal.company;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.keycloak.services.validation.Validation;

/**
 * The body of {@code POST /company/members}: a colleague to invite. First and last name and email are required; the
 * company (an organization alias) only when the caller administers more than one. Checked here for form only; the
 * realm's user profile checks the rest when the user is created.
 */
record CompanyInvitation(String firstName, String lastName, String email, String company) {

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String EMAIL = "email";
    static final String COMPANY = "company";

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 254;

    static CompanyInvitation parse(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        String firstName = required(json, FIRST_NAME, MAX_NAME_LENGTH, errors);
        String lastName = required(json, LAST_NAME, MAX_NAME_LENGTH, errors);
        String email = required(json, EMAIL, MAX_EMAIL_LENGTH, errors);
        if (email != null && !Validation.isEmailValid(email)) {
            errors.add(FieldError.of(EMAIL, PortalMessages.ERROR_EMAIL, email));
            email = null;
        }
        String company = JsonBodies.text(json, COMPANY, errors);
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).exception();
        }
        return new CompanyInvitation(
                firstName, lastName, email.toLowerCase(Locale.ROOT), company == null ? null : company.trim());
    }

    /** A required text field, trimmed; null (and an error) when absent, blank, not text or too long. */
    private static String required(JsonNode json, String field, int maxLength, List<FieldError> errors) {
        int before = errors.size();
        String value = JsonBodies.text(json, field, errors);
        if (errors.size() > before) {
            return null;
        }
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_REQUIRED));
            return null;
        }
        if (trimmed.length() > maxLength) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_TOO_LONG, maxLength));
            return null;
        }
        return trimmed;
    }

    /** Keeps names and addresses out of logs. */
    @Override
    public String toString() {
        return "CompanyInvitation[redacted]";
    }
}
