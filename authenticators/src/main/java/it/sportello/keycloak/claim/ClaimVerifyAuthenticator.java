package it.sportello.keycloak.claim;

import it.sportello.keycloak.abuse.ResponseFloor;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.VerificationResult;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * First step of account claiming (the realm's registration flow): the visitor proves to be a CRM customer with the
 * customer code printed on the invoice and the tax ID, optionally the name as on the invoice. An unknown code, a wrong
 * tax ID and a wrong name get one and the same answer; the matched code goes into the authentication session for the
 * next steps.
 */
final class ClaimVerifyAuthenticator extends ClaimStep {

    static final String TEMPLATE = "sportello-claim-verify.ftl";

    private final CustomerDirectory directory;

    ClaimVerifyAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context, null).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        ClaimVerifyConfig config = new ClaimVerifyConfig(context.getAuthenticatorConfig());
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        ClaimVerifyForm form = ClaimVerifyForm.read(input, config);
        context.getEvent().event(EventType.REGISTER).detail(ClaimEvents.STEP, "verify");
        if (!form.isValid()) {
            // wrong formats are told field by field: they reveal nothing about the CRM
            context.getEvent().error(ClaimEvents.ERROR_INVALID_INPUT);
            Response challenge = form(context, input).setErrors(form.errors()).createForm(TEMPLATE);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, challenge);
            return;
        }
        long started = System.nanoTime();
        VerificationResult result =
                directory.verify(form.customerCode().value(), form.taxId().value(), form.nameOrNull());
        // same duration whatever the CRM answered: no timing side channel on which codes exist
        ResponseFloor.waitUntil(started, config.minResponseMillis());
        if (!result.matched()) {
            context.getEvent().error(ClaimEvents.ERROR_NO_MATCH);
            Response challenge = form(context, input)
                    .setErrors(List.of(new FormMessage(null, ClaimMessages.NO_MATCH)))
                    .createForm(TEMPLATE);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, challenge);
            return;
        }
        ClaimNotes.verified(context.getAuthenticationSession(), form.customerCode(), form.phoneOrNull());
        context.success();
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, MultivaluedMap<String, String> input) {
        ClaimVerifyConfig config = new ClaimVerifyConfig(context.getAuthenticatorConfig());
        LoginFormsProvider form =
                context.form().setAttribute("askName", config.askName()).setAttribute("askPhone", config.askPhone());
        if (input != null) {
            // the tax ID is not echoed back: a wrong one must be typed again, and it never sits in a page
            form.setAttribute(ClaimVerifyForm.CUSTOMER_CODE, input.getFirst(ClaimVerifyForm.CUSTOMER_CODE));
            form.setAttribute(ClaimVerifyForm.NAME, input.getFirst(ClaimVerifyForm.NAME));
            form.setAttribute(ClaimVerifyForm.PHONE, input.getFirst(ClaimVerifyForm.PHONE));
        }
        return form;
    }
}
