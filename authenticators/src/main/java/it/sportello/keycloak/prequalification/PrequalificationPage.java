package it.sportello.keycloak.prequalification;

import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.PrequalificationSessionCheck;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * The page a supplier gets once it proved who it is (claim: code, tax ID and proof matched; sign-in: the password
 * verified) while the CRM has not prequalified it: "your account will be active after prequalification", with the
 * support form's link. Before that proof, such a supplier gets exactly what anybody gets. Nothing is created, no
 * session starts, and it is no credential failure.
 */
public final class PrequalificationPage {

    public static final String TEMPLATE = "sportello-not-prequalified.ftl";
    /** Event error of a claim or sign-in refused by the gate; the event names the account by id only. */
    public static final String ERROR_NOT_PREQUALIFIED = "sportello_not_prequalified";

    private static final Logger LOG = Logger.getLogger(PrequalificationPage.class);

    private PrequalificationPage() {}

    /**
     * Asks the lifecycle gate about a user whose password was just verified. When it passes, the user session that the
     * sign-in creates remembers until when that answer holds ({@link PrequalificationSessionCheck#CHECKED_UNTIL_NOTE}),
     * so neither token refreshes nor portal calls ask the CRM again within the re-check interval.
     *
     * @return whether the gate closed; empty when the CRM could not answer (nothing was decided then)
     */
    public static Optional<Boolean> signInBlocked(AuthenticationFlowContext context, UserModel user) {
        boolean blocked;
        try {
            blocked = PrequalificationGate.lifecycle().blocks(context.getSession(), context.getRealm(), user);
        } catch (RuntimeException crmFailure) {
            // only the type: a persistence message could quote customer data
            LOG.warnf(
                    "Prequalification could not be read at sign-in (%s)",
                    crmFailure.getClass().getName());
            return Optional.empty();
        }
        if (!blocked) {
            PrequalificationSessionCheck.of(context.getSession())
                    .passed(context.getAuthenticationSession(), Time.currentTime());
        }
        return Optional.of(blocked);
    }

    /** Shows the page instead of the next step: a plain challenge, so no brute-force count for the right password. */
    public static void show(AuthenticationFlowContext context) {
        context.challenge(context.form().createForm(TEMPLATE));
    }
}
