package it.sportello.keycloak.securityquestion;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sets up or replaces the security question: as a required action an admin or flow puts on the customer, or from the
 * account console's "Signing in" page (application-initiated, {@code kc_action=sportello-security-question}). Stores
 * through {@link SecurityQuestionCredentialProvider}; Keycloak emits the {@code UPDATE_CREDENTIAL} event on success.
 */
final class SecurityQuestionRequiredAction implements RequiredActionProvider, CredentialRegistrator {

    static final String TEMPLATE = "sportello-security-question-config.ftl";

    /** Template attributes. */
    static final String ATTR_QUESTIONS = "securityQuestions";

    static final String ATTR_SELECTED = "securityQuestionSelected";
    static final String ATTR_CONFIGURED = "securityQuestionConfigured";

    private final KeycloakSession session;

    SecurityQuestionRequiredAction(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // never added on its own: flows, admins or the customer ask for it
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        String current = provider()
                .find(context.getUser())
                .map(SecurityQuestionCredentialModel::getQuestionKey)
                .orElse(null);
        context.challenge(page(context, current, List.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        EventBuilder event = context.getEvent()
                .event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, SecurityQuestionCredentialModel.TYPE);
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        SecurityQuestionForm form = SecurityQuestionForm.read(formData, SecurityQuestions.KEYS);
        if (!form.isValid()) {
            context.challenge(page(context, form.questionKey(), form.errors()));
            event.clone()
                    .event(EventType.UPDATE_CREDENTIAL_ERROR)
                    .user(context.getUser())
                    .error(Errors.INVALID_INPUT);
            return;
        }
        provider().setUp(context.getRealm(), context.getUser(), form.questionKey(), form.answer());
        context.success();
    }

    private Response page(RequiredActionContext context, String selected, List<FormMessage> errors) {
        boolean configured =
                provider().isConfiguredFor(context.getRealm(), context.getUser(), SecurityQuestionCredentialModel.TYPE);
        LoginFormsProvider form = context.form()
                .setAttribute(ATTR_QUESTIONS, SecurityQuestions.KEYS)
                .setAttribute(ATTR_SELECTED, selected)
                .setAttribute(ATTR_CONFIGURED, configured);
        if (!errors.isEmpty()) {
            // an empty error list still makes an error message without text, which the page cannot render
            form.setErrors(errors);
        }
        return form.createForm(TEMPLATE);
    }

    private SecurityQuestionCredentialProvider provider() {
        return SecurityQuestionCredentialProvider.of(session);
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return SecurityQuestionCredentialModel.TYPE;
    }

    @Override
    public void close() {}
}
