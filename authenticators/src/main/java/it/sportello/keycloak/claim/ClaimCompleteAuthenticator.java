package it.sportello.keycloak.claim;

import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialProvider;
import it.sportello.keycloak.securityquestion.SecurityQuestionForm;
import it.sportello.keycloak.securityquestion.SecurityQuestions;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.validation.Validation;

/**
 * Last step of account claiming: the confirmed customer becomes a Keycloak user linked to the CRM (imported through
 * the CRM federation, username = customer code) with the email they chose. Self-service: they also set a password
 * (realm policy) and, per configuration, the security question, and must verify the email by link before the account
 * is usable. Activation by email: they get a
 * short-lived, single-use link to set the password. A password is never sent by email.
 */
final class ClaimCompleteAuthenticator extends ClaimStep {

    static final String TEMPLATE = "sportello-claim-complete.ftl";
    static final String ACTIVATION_SENT_TEMPLATE = "sportello-claim-activation-sent.ftl";
    static final String EMAIL = "email";
    static final String PASSWORD = "password";
    static final String PASSWORD_CONFIRM = "password-confirm";
    static final int MAX_EMAIL_LENGTH = 254;

    private static final Logger LOG = Logger.getLogger(ClaimCompleteAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!ClaimNotes.isConfirmed(context.getAuthenticationSession())) {
            ClaimSteps.restart(context);
            return;
        }
        context.challenge(form(context, null).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<String> code = ClaimNotes.verifiedCode(context.getAuthenticationSession());
        if (code.isEmpty() || !ClaimNotes.isConfirmed(context.getAuthenticationSession())) {
            ClaimSteps.restart(context);
            return;
        }
        ClaimCompleteConfig config = new ClaimCompleteConfig(context.getAuthenticatorConfig());
        ClaimCompletion completion = config.completion();
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        String email = trimmed(input.getFirst(EMAIL));
        String password = input.getFirst(PASSWORD);
        context.getEvent().event(EventType.REGISTER).detail(ClaimEvents.STEP, "complete");

        List<FormMessage> errors = new ArrayList<>(emailErrors(email));
        if (completion == ClaimCompletion.SELF_SERVICE) {
            errors.addAll(passwordErrors(password, input.getFirst(PASSWORD_CONFIRM)));
        }
        SecurityQuestionForm securityQuestion = config.asksSecurityQuestion() ? SecurityQuestionForm.read(input) : null;
        if (securityQuestion != null) {
            errors.addAll(securityQuestion.errors());
        }
        if (!errors.isEmpty()) {
            fail(context, input, errors, ClaimEvents.ERROR_INVALID_INPUT);
            return;
        }

        UserModel user = context.getSession().users().getUserByUsername(context.getRealm(), code.get());
        if (user == null) {
            // the customer left the CRM between the steps
            ClaimSteps.restart(context);
            return;
        }
        UserModel holder = context.getSession().users().getUserByEmail(context.getRealm(), email);
        if (holder != null && !holder.getId().equals(user.getId())) {
            fail(
                    context,
                    input,
                    List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_IN_USE)),
                    ClaimEvents.ERROR_EMAIL_IN_USE);
            return;
        }
        if (completion == ClaimCompletion.SELF_SERVICE) {
            PolicyError policy = context.getSession()
                    .getProvider(PasswordPolicyManagerProvider.class)
                    .validate(context.getRealm(), user, password);
            if (policy != null) {
                fail(
                        context,
                        input,
                        List.of(new FormMessage(PASSWORD, policy.getMessage(), policy.getParameters())),
                        ClaimEvents.ERROR_INVALID_INPUT);
                return;
            }
        }
        try {
            user.setEmail(email);
        } catch (ModelException emailTakenInCrm) {
            fail(
                    context,
                    input,
                    List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_IN_USE)),
                    ClaimEvents.ERROR_EMAIL_IN_USE);
            return;
        }
        user.setEmailVerified(false);
        ClaimNotes.phone(context.getAuthenticationSession())
                .ifPresent(phone -> user.setSingleAttribute("phone", phone));

        if (completion == ClaimCompletion.ACTIVATION_EMAIL) {
            sendActivation(context, user);
            return;
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        if (securityQuestion != null) {
            SecurityQuestionCredentialProvider.of(context.getSession())
                    .setUp(context.getRealm(), user, securityQuestion.questionKey(), securityQuestion.answer());
        }
        user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        context.getEvent()
                .user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, email);
        context.setUser(user);
        context.success();
    }

    private void sendActivation(AuthenticationFlowContext context, UserModel user) {
        RealmModel realm = context.getRealm();
        int lifespan = realm.getActionTokenGeneratedByUserLifespan();
        String clientId = context.getAuthenticationSession().getClient().getClientId();
        String redirectUri = context.getAuthenticationSession().getRedirectUri();
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(
                user.getId(),
                user.getEmail(),
                Time.currentTime() + lifespan,
                List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name()),
                redirectUri,
                clientId);
        KeycloakSession session = context.getSession();
        String link = LoginActionsService.actionTokenProcessor(
                        session.getContext().getUri())
                .queryParam(
                        "key",
                        token.serialize(session, realm, session.getContext().getUri()))
                .build(realm.getName())
                .toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions())
                    .setRealm(realm)
                    .setUser(user)
                    .sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            LOG.warn("Activation email of a claimed account could not be sent", e);
            context.getEvent().user(user).error("sportello_claim_email_failed");
            context.failureChallenge(
                    AuthenticationFlowError.INTERNAL_ERROR,
                    form(context, null)
                            .setError(ClaimMessages.ACTIVATION_NOT_SENT)
                            .createForm(TEMPLATE));
            // nothing half-written: the imported user keeps no email and no password
            context.getSession().getTransactionManager().setRollbackOnly();
            return;
        }
        context.getEvent()
                .user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, user.getEmail())
                .success();
        context.challenge(
                context.form().setAttribute("claimEmail", user.getEmail()).createForm(ACTIVATION_SENT_TEMPLATE));
    }

    private void fail(
            AuthenticationFlowContext context,
            MultivaluedMap<String, String> input,
            List<FormMessage> errors,
            String eventError) {
        context.getEvent().error(eventError);
        Response challenge = form(context, input).setErrors(errors).createForm(TEMPLATE);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, challenge);
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, MultivaluedMap<String, String> input) {
        ClaimCompleteConfig config = new ClaimCompleteConfig(context.getAuthenticatorConfig());
        LoginFormsProvider form = context.form()
                .setAttribute("claimSelfService", config.completion() == ClaimCompletion.SELF_SERVICE)
                .setAttribute("claimSecurityQuestion", config.asksSecurityQuestion())
                .setAttribute("securityQuestions", SecurityQuestions.KEYS)
                .setAttribute(
                        "claimCustomerCode",
                        ClaimNotes.verifiedCode(context.getAuthenticationSession())
                                .orElse(""));
        if (input != null) {
            form.setAttribute(EMAIL, input.getFirst(EMAIL));
            // the chosen question stays selected; the answers are never sent back
            String question = input.getFirst(SecurityQuestionForm.QUESTION);
            if (SecurityQuestions.isAllowed(question)) {
                form.setAttribute("securityQuestionSelected", question);
            }
        }
        return form;
    }

    static List<FormMessage> emailErrors(String email) {
        if (email.isEmpty()) {
            return List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_REQUIRED));
        }
        if (email.length() > MAX_EMAIL_LENGTH || !Validation.isEmailValid(email)) {
            return List.of(new FormMessage(EMAIL, ClaimMessages.EMAIL_INVALID));
        }
        return List.of();
    }

    static List<FormMessage> passwordErrors(String password, String confirmation) {
        if (password == null || password.isEmpty()) {
            return List.of(new FormMessage(PASSWORD, ClaimMessages.PASSWORD_REQUIRED));
        }
        if (!password.equals(confirmation)) {
            return List.of(new FormMessage(PASSWORD_CONFIRM, ClaimMessages.PASSWORD_MISMATCH));
        }
        return List.of();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
