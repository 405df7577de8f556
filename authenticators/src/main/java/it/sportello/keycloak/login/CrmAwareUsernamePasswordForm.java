package it.sportello.keycloak.login;

import it.sportello.keycloak.crm.CrmAvailability;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's username and password form, in the portal's browser flow, with one difference: when the CRM could not
 * be reached while checking the sign-in, customers are told the service is temporarily unavailable instead of being
 * told their password is wrong. Local accounts (operator staff) are checked without the CRM and are not affected.
 */
final class CrmAwareUsernamePasswordForm extends UsernamePasswordForm {

    CrmAwareUsernamePasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        boolean valid = super.validateForm(context, formData);
        if (!CrmAvailability.wasUnavailable(context.getSession())) {
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
}
