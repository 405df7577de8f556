package it.sportello.keycloak.portal;

/**
 * Carries a {@link Problem} out of parsing and checks that know nothing of HTTP; the request turns it into the
 * response ({@link PortalRequest#run}). No stack trace: it is control flow, not a failure.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.type(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
