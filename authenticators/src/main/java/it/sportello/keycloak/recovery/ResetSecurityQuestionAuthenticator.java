package it.sportello.keycloak.recovery;

import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialModel;
import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialProvider;
import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialProviderFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * The reset-credentials flow's extra check, placed after Keycloak's {@code reset-credential-email} step (so only
 * someone who opened the emailed link gets here) and before {@code reset-password}: the customer answers their own
 * security question. It adds to the link, never replaces it. Wrong answers are failures of the account in Keycloak's
 * brute-force protection, so guessing locks the account like guessing a password does.
 */
final class ResetSecurityQuestionAuthenticator implements Authenticator {

    static final String TEMPLATE = "sportello-reset-security-question.ftl";
    static final String ANSWER = "securityAnswer";

    /** Template attributes. */
    static final String ATTR_QUESTION = "securityQuestionKey";

    static final String ATTR_LOCKED = "securityQuestionLocked";

    private final KeycloakSession session;

    ResetSecurityQuestionAuthenticator(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        ResetSecurityQuestionMode mode = ResetSecurityQuestionMode.of(context.getAuthenticatorConfig());
        if (mode == ResetSecurityQuestionMode.OFF) {
            context.success();
            return;
        }
        UserModel user = context.getUser();
        Optional<SecurityQuestionCredentialModel> question = provider().find(user);
        if (question.isEmpty()) {
            if (mode == ResetSecurityQuestionMode.IF_CONFIGURED) {
                context.success();
                return;
            }
            // required but never set up: refuse here, not with a server error, and say whom to ask
            event(context).user(user).error(RecoveryEvents.ERROR_SECURITY_QUESTION_MISSING);
            context.challenge(context.form()
                    .setError(RecoveryMessages.QUESTION_MISSING)
                    .createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        if (lockedOut(context, user, question.get())) {
            return;
        }
        context.challenge(page(context, question.get()).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Optional<SecurityQuestionCredentialModel> question = provider().find(user);
        if (question.isEmpty()
                || ResetSecurityQuestionMode.of(context.getAuthenticatorConfig()) == ResetSecurityQuestionMode.OFF) {
            // the question or the setting changed since the page was shown
            authenticate(context);
            return;
        }
        // no answer is checked while the account is locked: the lock must not become an oracle
        if (lockedOut(context, user, question.get())) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String answer = form.getFirst(ANSWER);
        if (answer == null || answer.isBlank()) {
            // nothing was guessed: a field message, no failure counted
            context.challenge(page(context, question.get())
                    .addError(new FormMessage(ANSWER, RecoveryMessages.ANSWER_REQUIRED))
                    .createForm(TEMPLATE));
            return;
        }
        UserCredentialModel input =
                new UserCredentialModel(question.get().getId(), SecurityQuestionCredentialModel.TYPE, answer);
        if (!provider().isValid(context.getRealm(), user, input)) {
            event(context).user(user).error(Errors.INVALID_USER_CREDENTIALS);
            Response challenge = page(context, question.get())
                    .addError(new FormMessage(ANSWER, RecoveryMessages.ANSWER_WRONG))
                    .createForm(TEMPLATE);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, challenge);
            return;
        }
        context.success();
    }

    /** Shows the lockout when brute-force protection has locked the account; true if it did. */
    private boolean lockedOut(
            AuthenticationFlowContext context, UserModel user, SecurityQuestionCredentialModel question) {
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (bruteForceError == null) {
            return false;
        }
        event(context).user(user).error(bruteForceError);
        context.forceChallenge(page(context, question)
                .setAttribute(ATTR_LOCKED, true)
                .setError(RecoveryMessages.LOCKED_OUT)
                .createForm(TEMPLATE));
        return true;
    }

    private static LoginFormsProvider page(
            AuthenticationFlowContext context, SecurityQuestionCredentialModel question) {
        return context.form()
                .setAttribute(ATTR_QUESTION, question.getQuestionKey())
                .setAttribute(ATTR_LOCKED, false);
    }

    private static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent()
                .clone()
                .detail(RecoveryEvents.STEP, RecoveryEvents.STEP_SECURITY_QUESTION)
                .detail(Details.CREDENTIAL_TYPE, SecurityQuestionCredentialModel.TYPE);
    }

    private SecurityQuestionCredentialProvider provider() {
        return (SecurityQuestionCredentialProvider)
                session.getProvider(CredentialProvider.class, SecurityQuestionCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /**
     * Always: whether the question is asked depends on the mode and is decided in {@link #authenticate}, so an
     * account without a question never fails the flow with Keycloak's "credential setup required" error.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
