package it.sportello.keycloak.portal;

import java.util.List;

/**
 * An RFC 9457 problem the portal answers with: a type from a fixed list, a status, and message keys for the title and
 * the detail, localized when rendered by {@link PortalResponses}. Built by the resources, never from exception text.
 */
public record Problem(String type, int status, String titleKey, String detailKey, List<FieldError> errors) {

    /** Prefix of every problem type. */
    public static final String TYPE_PREFIX = "urn:sportello:problem:";

    public Problem {
        errors = List.copyOf(errors);
    }

    private static Problem of(String slug, int status, String key) {
        return new Problem(TYPE_PREFIX + slug, status, key, key + "Detail", List.of());
    }

    public static Problem unauthorized() {
        return of("unauthorized", 401, PortalMessages.PROBLEM_UNAUTHORIZED);
    }

    public static Problem notACustomer() {
        return of("not-a-customer", 403, PortalMessages.PROBLEM_NOT_A_CUSTOMER);
    }

    /** A supplier whose prequalification the CRM has not given, or withdrew. */
    public static Problem notPrequalified() {
        return of("not-prequalified", 403, PortalMessages.PROBLEM_NOT_PREQUALIFIED);
    }

    /** Refused by a company rule; the same answer whatever the reason, so nothing is learned about other users. */
    public static Problem notAllowed() {
        return of("not-allowed", 403, PortalMessages.PROBLEM_NOT_ALLOWED);
    }

    public static Problem notFound() {
        return of("not-found", 404, PortalMessages.PROBLEM_NOT_FOUND);
    }

    /** Malformed parameters or body, with what is wrong per field. */
    public static Problem badRequest(List<FieldError> errors) {
        return new Problem(
                TYPE_PREFIX + "bad-request",
                400,
                PortalMessages.PROBLEM_BAD_REQUEST,
                PortalMessages.PROBLEM_BAD_REQUEST + "Detail",
                errors);
    }

    /** Well-formed input that breaks a rule, with what is wrong per field. */
    public static Problem validation(List<FieldError> errors) {
        return new Problem(
                TYPE_PREFIX + "validation",
                400,
                PortalMessages.PROBLEM_VALIDATION,
                PortalMessages.PROBLEM_VALIDATION + "Detail",
                errors);
    }

    public static Problem conflict(String slug, String key) {
        return of(slug, 409, key);
    }

    /** A change that must name the version it was made from (If-Match) did not; nothing was done. */
    public static Problem preconditionRequired() {
        return of("precondition-required", 428, PortalMessages.PROBLEM_PRECONDITION_REQUIRED);
    }

    /** Asked again too soon; nothing was done. */
    public static Problem tooManyRequests(String slug, String key) {
        return of(slug, 429, key);
    }

    public static Problem attachmentTooLarge(String field, long maxBytes) {
        return new Problem(
                TYPE_PREFIX + "attachment-too-large",
                413,
                PortalMessages.PROBLEM_ATTACHMENT_TOO_LARGE,
                PortalMessages.PROBLEM_ATTACHMENT_TOO_LARGE + "Detail",
                List.of(FieldError.of(field, PortalMessages.ERROR_ATTACHMENT_TOO_LARGE, maxBytes / (1024 * 1024.0))));
    }

    public static Problem unsupportedAttachmentType(String field) {
        return new Problem(
                TYPE_PREFIX + "unsupported-attachment-type",
                415,
                PortalMessages.PROBLEM_UNSUPPORTED_ATTACHMENT,
                PortalMessages.PROBLEM_UNSUPPORTED_ATTACHMENT + "Detail",
                List.of(FieldError.of(field, PortalMessages.ERROR_ATTACHMENT_TYPE)));
    }

    public static Problem unsupportedMediaType() {
        return of("unsupported-media-type", 415, PortalMessages.PROBLEM_UNSUPPORTED_MEDIA_TYPE);
    }

    public static Problem unavailable() {
        return of("unavailable", 503, PortalMessages.PROBLEM_UNAVAILABLE);
    }

    /** Thrown by parsers and checks; resources turn it into a response. */
    public ProblemException exception() {
        return new ProblemException(this);
    }
}
