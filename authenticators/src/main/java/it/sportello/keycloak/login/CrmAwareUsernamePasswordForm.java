package it.sportello.keycloak.login;

import it.sportello.keycloak.crm.CrmAvailability;
import it.sportello.keycloak.crm.CrmSignIn;
import it.sportello.keycloak.prequalification.PrequalificationPage;
import it.sportello.keycloak.timing.ResponseFloor;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Keycloak's username and password form, in the portal's browser flow, with these differences:
 *
 * <ul>
 *   <li>when the CRM could not be reached while checking the sign-in, customers are told the service is temporarily
 *       unavailable instead of being told their password is wrong. Local accounts (operator staff) are checked
 *       without the CRM and are not affected;
 *   <li>what the visitor typed as username (a customer code, an email address, anything) is not put in the sign-in
 *       events, which the realm stores: an event names the user by id only;
 *   <li>an account locked by brute-force protection costs a password hash like any other attempt, so its quick answer
 *       does not tell that the account exists.
 * </ul>
 */
final class CrmAwareUsernamePasswordForm extends UsernamePasswordForm {

    private final int failureFloorMillis;

    CrmAwareUsernamePasswordForm(KeycloakSession session, int failureFloorMillis) {
        super(session);
        this.failureFloorMillis = failureFloorMillis;
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        long started = System.nanoTime();
        // kept for the rest of a failed request: Keycloak looks the typed username up again to count the failure
        CrmSignIn.begin(context.getSession());
        boolean valid = super.validateForm(context, formData);
        if (valid) {
            CrmSignIn.end(context.getSession());
        } else {
            // Every refused attempt takes at least this long, until the response is written: what an unknown code,
            // an unclaimed customer, a legacy hash and a claimed customer each cost (Keycloak's own user lookups,
            // brute-force records, hash algorithms) is then not what the answer's timing shows.
            ResponseFloor.padRequest(context.getSession().getTransactionManager(), started, failureFloorMillis);
        }
        Optional<Boolean> gated = Optional.of(false);
        if (valid && !CrmAvailability.wasUnavailable(context.getSession())) {
            // only now, with the password verified, may the page tell that the supplier is not prequalified yet
            gated = PrequalificationPage.signInBlocked(context, context.getUser());
        }
        if (gated.orElse(false)) {
            context.getEvent().user(context.getUser()).error(PrequalificationPage.ERROR_NOT_PREQUALIFIED);
            context.clearUser();
            PrequalificationPage.show(context);
            return false;
        }
        if (gated.isPresent() && !CrmAvailability.wasUnavailable(context.getSession())) {
            if (valid) {
                SignInBrowser.record(context);
            }
            return valid;
        }
        if (valid) {
            // the password matched Keycloak's copy, but the CRM could not confirm the customer is still active
            context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
        }
        // not a credential failure: no brute-force count against the customer for our outage
        context.clearUser();
        context.failureChallenge(
                AuthenticationFlowError.INTERNAL_ERROR, challenge(context, LoginMessages.CRM_UNAVAILABLE, null));
        return false;
    }

    // Keycloak adds the typed username to the event right after reading the form and sends the event from the steps
    // below; each of them drops the detail first. (EventBuilder.detail(key, null) keeps the old value: removeDetail.)

    @Override
    public void testInvalidUser(AuthenticationFlowContext context, UserModel user) {
        context.getEvent().removeDetail(Details.USERNAME);
        super.testInvalidUser(context, user);
    }

    @Override
    public boolean validatePassword(
            AuthenticationFlowContext context,
            UserModel user,
            MultivaluedMap<String, String> inputData,
            boolean clearUser) {
        context.getEvent().removeDetail(Details.USERNAME);
        return super.validatePassword(context, user, inputData, clearUser);
    }

    @Override
    protected Response setDuplicateUserChallenge(
            AuthenticationFlowContext context,
            String eventError,
            String loginFormError,
            AuthenticationFlowError authenticatorError) {
        context.getEvent().removeDetail(Details.USERNAME);
        return super.setDuplicateUserChallenge(context, eventError, loginFormError, authenticatorError);
    }

    @Override
    protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
        if (!super.isDisabledByBruteForce(context, user)) {
            return false;
        }
        // Keycloak answers a locked account without checking the password: a guesser who locked it would see a
        // quicker answer than for an unknown code, which costs a dummy hash
        AuthenticatorUtils.dummyHash(context);
        return true;
    }
}
