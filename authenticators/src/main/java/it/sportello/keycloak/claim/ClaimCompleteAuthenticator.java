package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.email.ExecuteActionsEmail;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.notification.NotificationEventListenerProviderFactory;
import it.sportello.keycloak.prequalification.PrequalificationPage;
import it.sportello.keycloak.recoveryemail.VerifyRecoveryEmailRequiredActionFactory;
import it.sportello.keycloak.securityquestion.SecurityQuestionCredentialProvider;
import it.sportello.keycloak.securityquestion.SecurityQuestionForm;
import it.sportello.keycloak.verifymobile.VerifyMobileRequiredActionFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.email.EmailException;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Last step of account claiming: the confirmed customer becomes a Keycloak user linked to the CRM (imported through
 * the CRM federation, username = customer code).
 *
 * <p>Where the link goes: when the CRM holds an email for the customer, to that address and nowhere else (the page
 * shows it masked and asks none); the customer changes it later through Keycloak's verified email change. Only a
 * customer without one, and only after the proof of possession, types an address, and then always gets an activation
 * link to it: the password is set from the link, so that an address already in use can get the very same answer
 * (the owner is told instead of the claimant) and nothing is written. Self-service (password and security question
 * now, the email of record verified by link before the account is usable) applies to customers with an email of
 * record. A password is never sent by email.
 *
 * <p>One winner: the submission reserves the customer cluster-wide ({@link ClaimReservations}) and checks "already
 * claimed" again; the loser gets the "already have access" page. An address of record is never replaced silently:
 * the previous address gets a notice before the write-back.
 */
final class ClaimCompleteAuthenticator extends NoUserAuthenticator {

    static final String TEMPLATE = "sportello-claim-complete.ftl";
    static final String ACTIVATION_SENT_TEMPLATE = "sportello-claim-activation-sent.ftl";

    private static final Logger LOG = Logger.getLogger(ClaimCompleteAuthenticator.class);

    private final CustomerDirectory directory;

    ClaimCompleteAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<Claimant> claimant = Claimant.confirmed(context.getAuthenticationSession(), directory);
        if (claimant.isEmpty()) {
            ClaimSteps.restart(context);
            return;
        }
        context.challenge(ClaimCompletePage.form(context, claimant.get(), null).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<Claimant> found = Claimant.confirmed(context.getAuthenticationSession(), directory);
        if (found.isEmpty()) {
            ClaimSteps.restart(context);
            return;
        }
        Claimant claimant = found.get();
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        context.getEvent().event(EventType.REGISTER).detail(ClaimEvents.STEP, "complete");
        // the CRM may have withdrawn a supplier's prequalification since the verify step: nothing is created, and
        // the holder (who proved who they are) is told why; the customer was read already in this request
        if (PrequalificationGate.lifecycle()
                .blocksCustomer(CustomerCode.stored(claimant.code()).orElseThrow(), directory.customers())) {
            context.getEvent().error(PrequalificationPage.ERROR_NOT_PREQUALIFIED);
            PrequalificationPage.show(context);
            return;
        }
        ClaimCompleteForm form =
                ClaimCompleteForm.read(input, claimant, new ClaimCompleteConfig(context.getAuthenticatorConfig()));
        if (!form.errors().isEmpty()) {
            fail(context, claimant, input, form.errors());
            return;
        }
        UserModel user = findUser(context, claimant, form, input);
        if (user != null) {
            apply(context, claimant, form, user);
        }
    }

    /**
     * The imported account of the customer, once the password fits the policy and this session won the claim and
     * the address is nobody else's; null when the step already answered.
     */
    private UserModel findUser(
            AuthenticationFlowContext context,
            Claimant claimant,
            ClaimCompleteForm form,
            MultivaluedMap<String, String> input) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = session.users().getUserByUsername(realm, claimant.code());
        if (user == null) {
            // the customer left the CRM between the steps
            ClaimSteps.restart(context);
            return null;
        }
        if (form.selfService()) {
            PolicyError policy =
                    session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, form.password());
            if (policy != null) {
                FormMessage error =
                        new FormMessage(ClaimCompleteForm.PASSWORD, policy.getMessage(), policy.getParameters());
                fail(context, claimant, input, List.of(error));
                return null;
            }
        }
        // one winner: "already claimed" again now, then the cluster-wide reservation decides between two sessions
        // that got this far at the same moment; the loser changes nothing
        if (ClaimConfirmAuthenticator.alreadyClaimed(
                        context, directory, CustomerCode.stored(claimant.code()).orElseThrow())
                || !ClaimReservations.reserve(session, realm, claimant.code())) {
            context.getEvent().error(ClaimEvents.ERROR_ALREADY_CLAIMED);
            context.challenge(context.form().createForm(ClaimConfirmAuthenticator.ALREADY_CLAIMED_TEMPLATE));
            return null;
        }
        String email = form.email();
        UserModel holder = session.users().getUserByEmail(realm, email);
        boolean heldInCrm = directory
                .customers()
                .findByEmail(email)
                .filter(customer -> !customer.customerCode().equals(claimant.code()))
                .isPresent();
        if (heldInCrm || (holder != null && !holder.getId().equals(user.getId()))) {
            emailInUse(context, claimant, email);
            return null;
        }
        return user;
    }

    /** Writes the claim to the account: the address, then the activation link or the self-service credentials. */
    private void apply(AuthenticationFlowContext context, Claimant claimant, ClaimCompleteForm form, UserModel user) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String email = form.email();
        // nothing overwritten silently: an address of record (in the CRM or on the account) that this claim would
        // replace gets a notice first; after the rule in findUser only a stale account address can get here
        String previous = claimant.previousEmail(user);
        if (previous != null && !previous.equalsIgnoreCase(email)) {
            ClaimNotices.emailReplaced(session, realm, previous);
        }
        try {
            user.setEmail(email);
        } catch (ModelException emailTakenInCrm) {
            emailInUse(context, claimant, email);
            return;
        }
        user.setEmailVerified(false);
        ClaimNotes.phone(context.getAuthenticationSession())
                .ifPresent(phone -> user.setSingleAttribute("phone", phone));
        nextStepsChosen(context, user);
        if (!form.selfService()) {
            sendActivation(context, claimant, user);
            return;
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(form.password(), false));
        SecurityQuestionForm securityQuestion = form.securityQuestion();
        if (securityQuestion != null) {
            SecurityQuestionCredentialProvider.of(session)
                    .setUp(realm, user, securityQuestion.questionKey(), securityQuestion.answer());
        }
        user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        try {
            ClaimVerificationEmail.send(context, user);
        } catch (EmailException e) {
            mailNotSent(context, claimant, user, e);
            return;
        }
        // stored events name the account by its id only: no customer code, no address
        context.getEvent().user(user);
        // the account is claimed now: REGISTER success with the user, as the activation path sends it (the flow goes
        // on to the email verification, which Keycloak audits on its own)
        context.getEvent()
                .clone()
                .detail(NotificationEventListenerProviderFactory.CLAIM_ACTIVATED, "true")
                .success();
        context.setUser(user);
        context.success();
    }

    /**
     * The mobile and the backup address the customer chose to add are verified by their own steps after the claim
     * (now, or at the first sign-in after the activation link): the mobile pre-filled with the CRM's phone when it is a
     * mobile; the customer may cancel either there.
     */
    private static void nextStepsChosen(AuthenticationFlowContext context, UserModel user) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (ClaimCompletePage.offersMobile(context) && ClaimCompleteForm.verifyMobileChosen(input)) {
            user.addRequiredAction(VerifyMobileRequiredActionFactory.PROVIDER_ID);
        }
        if (ClaimCompletePage.offersRecoveryEmail(context) && ClaimCompleteForm.recoveryEmailChosen(input)) {
            user.addRequiredAction(VerifyRecoveryEmailRequiredActionFactory.PROVIDER_ID);
        }
    }

    /**
     * The address is taken: its owner gets a notice, the claimant the same page as a sent activation, and nothing is
     * written for the claimant's account (the reservation is given back).
     */
    private void emailInUse(AuthenticationFlowContext context, Claimant claimant, String email) {
        ClaimNotices.emailInUse(context.getSession(), context.getRealm(), email);
        ClaimReservations.release(context.getSession(), context.getRealm(), claimant.code());
        context.getEvent().error(ClaimEvents.ERROR_EMAIL_IN_USE);
        context.challenge(activationSent(context, email));
    }

    private static Response activationSent(AuthenticationFlowContext context, String email) {
        return context.form()
                .setAttribute("claimEmail", ClaimMasks.email(email))
                .createForm(ACTIVATION_SENT_TEMPLATE);
    }

    private void sendActivation(AuthenticationFlowContext context, Claimant claimant, UserModel user) {
        RealmModel realm = context.getRealm();
        KeycloakSession session = context.getSession();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        try {
            ExecuteActionsEmail.updatePassword(session, realm, user)
                    .redirectTo(authSession.getClient().getClientId(), authSession.getRedirectUri())
                    .send();
        } catch (EmailException e) {
            mailNotSent(context, claimant, user, e);
            return;
        }
        context.getEvent().user(user).success();
        context.challenge(activationSent(context, user.getEmail()));
    }

    /**
     * The activation or verification email could not be sent (the mail server is down): "try again later" on the same
     * form, and nothing half-written (no address, password or security question kept; the reservation given back), so
     * that the customer sends the form again once the mail server is back.
     */
    private static void mailNotSent(
            AuthenticationFlowContext context, Claimant claimant, UserModel user, EmailException e) {
        // the SMTP server's answer may quote the address: the failure's kind only
        LOG.warnf(
                "Activation email of a claimed account could not be sent (%s)",
                (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        context.getEvent().user(user).error("sportello_claim_email_failed");
        context.failureChallenge(
                AuthenticationFlowError.INTERNAL_ERROR,
                ClaimCompletePage.form(context, claimant, null)
                        .setError(ClaimMessages.ACTIVATION_NOT_SENT)
                        .createForm(TEMPLATE));
        ClaimReservations.release(context.getSession(), context.getRealm(), claimant.code());
        context.getSession().getTransactionManager().setRollbackOnly();
    }

    private void fail(
            AuthenticationFlowContext context,
            Claimant claimant,
            MultivaluedMap<String, String> input,
            List<FormMessage> errors) {
        context.getEvent().error(ClaimEvents.ERROR_INVALID_INPUT);
        Response challenge = ClaimCompletePage.form(context, claimant, input)
                .setErrors(errors)
                .createForm(TEMPLATE);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, challenge);
    }
}
