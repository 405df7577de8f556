package it.sportello.keycloak.claim;

import it.sportello.keycloak.recoveryemail.VerifyRecoveryEmailRequiredActionFactory;
import it.sportello.keycloak.securityquestion.SecurityQuestionForm;
import it.sportello.keycloak.securityquestion.SecurityQuestions;
import it.sportello.keycloak.sms.SmsSender;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RequiredActionProviderModel;

/** The claim's last page: what it shows for a confirmed customer, and what it offers next. */
final class ClaimCompletePage {

    private ClaimCompletePage() {}

    /** Whether the page offers to verify a mobile next: only with an SMS sender that reaches phones. */
    static boolean offersMobile(AuthenticationFlowContext context) {
        return context.getSession().getProvider(SmsSender.class).available();
    }

    /** Whether the page offers to add a backup email address next: only when the realm enabled its required action. */
    static boolean offersRecoveryEmail(AuthenticationFlowContext context) {
        RequiredActionProviderModel action = context.getRealm()
                .getRequiredActionProviderByAlias(VerifyRecoveryEmailRequiredActionFactory.PROVIDER_ID);
        return action != null && action.isEnabled();
    }

    static LoginFormsProvider form(
            AuthenticationFlowContext context, Claimant claimant, MultivaluedMap<String, String> input) {
        ClaimCompleteConfig config = new ClaimCompleteConfig(context.getAuthenticatorConfig());
        boolean selfService = claimant.selfService(config);
        LoginFormsProvider form = context.form()
                .setAttribute("claimSelfService", selfService)
                .setAttribute("claimSecurityQuestion", selfService && config.asksSecurityQuestion())
                .setAttribute("securityQuestions", SecurityQuestions.KEYS)
                .setAttribute("claimCustomerCode", claimant.code())
                // where the link goes, masked; no email field then
                .setAttribute("claimEmailOfRecord", ClaimMasks.email(claimant.emailOfRecord()))
                .setAttribute("claimOfferMobile", offersMobile(context))
                .setAttribute("claimOfferRecoveryEmail", offersRecoveryEmail(context));
        if (input != null) {
            form.setAttribute("verifyMobileChecked", ClaimCompleteForm.verifyMobileChosen(input));
            form.setAttribute("addRecoveryEmailChecked", ClaimCompleteForm.recoveryEmailChosen(input));
            if (claimant.emailOfRecord() == null) {
                form.setAttribute(ClaimCompleteForm.EMAIL, input.getFirst(ClaimCompleteForm.EMAIL));
            }
            // the chosen question stays selected; the answers are never sent back
            String question = input.getFirst(SecurityQuestionForm.QUESTION);
            if (SecurityQuestions.isAllowed(question)) {
                form.setAttribute("securityQuestionSelected", question);
            }
        }
        return form;
    }
}
