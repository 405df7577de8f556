package it.sportello.keycloak.portal;

import java.util.List;

/** Schema {@code Problem}: the RFC 9457 body of every refusal, title, detail and field messages localized. */
public record ProblemJson(String type, String title, int status, String detail, List<FieldErrorJson> errors) {

    public ProblemJson {
        errors = List.copyOf(errors);
    }

    static ProblemJson of(Problem problem, PortalLocalizer localizer) {
        return new ProblemJson(
                problem.type(),
                localizer.text(problem.titleKey()),
                problem.status(),
                localizer.text(problem.detailKey()),
                problem.errors().stream()
                        .map(error -> new FieldErrorJson(
                                error.field(), localizer.text(error.messageKey(), error.parameters())))
                        .toList());
    }
}
