package it.sportello.keycloak.recovery;

import it.sportello.keycloak.captcha.CaptchaMessages;
import it.sportello.keycloak.captcha.ProofOfWorkBinding;
import it.sportello.keycloak.captcha.ProofOfWorkOutcome;
import it.sportello.keycloak.captcha.ProofOfWorkService;
import it.sportello.keycloak.crm.CrmAvailability;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.ratelimit.ClientNetwork;
import it.sportello.keycloak.ratelimit.RateLimitDecision;
import it.sportello.keycloak.ratelimit.RateLimitMessages;
import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import it.sportello.keycloak.timing.ResponseFloor;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.storage.StorageUnavailableException;

/**
 * First step of the reset-credentials flow, in place of Keycloak's {@code reset-credentials-choose-user}: one field,
 * customer code or email. Whatever was typed, the visitor gets the same next page (Keycloak's
 * {@code reset-credential-email} step answers "if an account exists you will receive an email") in the same time: the
 * whole request is padded to a floor, because only for a real account does the next step send a mail. An unknown,
 * disabled or not prequalified account is logged as an event and cleared from the flow, which then carries on exactly
 * like for a real one, so the email step sends nothing. Attempts are limited per client IP address; past a number of
 * requests per IP address or per typed name the page asks for the proof of work ({@link ResetAbuseLimits}); and an
 * account gets at most one reset mail per interval, whoever asks from wherever: a further request for it carries on
 * like for an unknown account (same page, same time, no mail), so a victim's mailbox cannot be flooded.
 */
final class ResetChooseUserAuthenticator extends NoUserAuthenticator {

    static final String TEMPLATE = "sportello-reset-choose-user.ftl";
    /** Template attribute with the input shown again after a field error. */
    static final String ATTR_IDENTIFIER = "resetIdentifier";
    /** Template attribute: whether the page asks the tax ID too. */
    static final String ATTR_ASK_TAX_ID = "resetAskTaxId";
    /** Template attribute: whether the page offers the code by SMS. */
    static final String ATTR_OFFER_SMS = "resetOfferSms";
    /** Template attribute: whether the page offers the link to the backup address. */
    static final String ATTR_OFFER_RECOVERY_EMAIL = "resetOfferRecoveryEmail";

    static final String RATE_LIMIT_SCOPE = "reset-ip";

    private static final Logger LOG = Logger.getLogger(ResetChooseUserAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String actionTokenUserId = authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID);
        if (actionTokenUserId != null) {
            // back from the emailed link: the action token handler already checked the user and the token
            UserModel user = context.getSession().users().getUserById(context.getRealm(), actionTokenUserId);
            if (user != null) {
                context.setUser(user);
                context.success();
                return;
            }
        }
        AuthenticationManager.AuthResult signedIn =
                AuthenticationManager.authenticateIdentityCookie(context.getSession(), context.getRealm(), true);
        if (signedIn != null) {
            // a signed-in customer changing the password: no need to ask who they are, but the same gate applies
            if (!ResetUserChoice.choose(
                    context,
                    event(context),
                    signedIn.user(),
                    new ResetChooseUserConfig(context.getAuthenticatorConfig()))) {
                unavailable(context, "");
            }
            return;
        }
        ResetChooseUserConfig config = new ResetChooseUserConfig(context.getAuthenticatorConfig());
        boolean captcha = limits(context, config).captchaRequired(authSession, null);
        context.challenge(form(context, "", captcha).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        long started = System.nanoTime();
        ResetChooseUserConfig config = new ResetChooseUserConfig(context.getAuthenticatorConfig());
        // whatever happens below, this request answers no sooner than the floor (timing side channel)
        ResponseFloor.padRequest(context.getSession().getTransactionManager(), started, config.minResponseMillis());
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        ResetChooseUserForm form = ResetChooseUserForm.read(input, config.askTaxId());
        if (!withinLimits(context, config, form, input)) {
            return;
        }
        if (!form.isValid()) {
            event(context).error(form.isMissing() ? Errors.USERNAME_MISSING : RecoveryEvents.ERROR_INVALID_INPUT);
            // a plain challenge: a malformed field guesses nothing, so it is no brute-force failure of anyone
            boolean captcha = limits(context, config).captchaRequired(context.getAuthenticationSession(), null);
            context.challenge(
                    form(context, form.echo(), captcha).setErrors(form.errors()).createForm(TEMPLATE));
            return;
        }
        ResetChannel.choose(
                context,
                ResetChooseUserForm.channel(
                        input, ResetChannel.offered(context.getSession(), config), config.offerRecoveryEmail()),
                started);
        lookUp(context, config, form);
    }

    /**
     * The per-IP rate limit, then the proof of work when asked, then counting the request; false when the page was
     * shown again.
     */
    private static boolean withinLimits(
            AuthenticationFlowContext context,
            ResetChooseUserConfig config,
            ResetChooseUserForm form,
            MultivaluedMap<String, String> input) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ResetAbuseLimits limits = limits(context, config);
        RecoveryIdentifier typed = form.isValid() ? form.identifier() : null;
        RateLimitDecision decision = acquire(context, config);
        if (!decision.allowed()) {
            event(context).error(RecoveryEvents.ERROR_RATE_LIMITED);
            context.challenge(form(context, form.echo(), limits.captchaRequired(authSession, typed))
                    .setError(RateLimitMessages.RATE_LIMITED, decision.retryAfterMinutes())
                    .createForm(TEMPLATE));
            return false;
        }
        // before any lookup: a bot that skips the check learns nothing, not even whether its input was well-formed
        if (limits.captchaRequired(authSession, typed)) {
            ProofOfWorkOutcome outcome = context.getSession()
                    .getProvider(ProofOfWorkService.class)
                    .verify(ProofOfWorkBinding.authSession(authSession), input);
            if (!outcome.ok()) {
                ResetAbuseLimits.askCaptcha(authSession);
                event(context)
                        .detail(RecoveryEvents.CAPTCHA_OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
                        .error(RecoveryEvents.ERROR_CAPTCHA);
                context.challenge(form(context, form.echo(), true)
                        .setError(CaptchaMessages.POW_REQUIRED)
                        .createForm(TEMPLATE));
                return false;
            }
        }
        // every request counts, whatever it names: counting only unknown names would tell which ones exist
        limits.recordRequest(authSession, typed);
        return true;
    }

    /** Finds the named account and lets it through, or carries on without one. */
    private static void lookUp(
            AuthenticationFlowContext context, ResetChooseUserConfig config, ResetChooseUserForm form) {
        UserModel user;
        try {
            user = ResetUserChoice.find(context.getSession(), context.getRealm(), form.identifier());
        } catch (StorageUnavailableException e) {
            user = null;
        }
        if (CrmAvailability.wasUnavailable(context.getSession())) {
            // every lookup asks the CRM, so this says nothing about the account
            unavailable(context, form.echo());
            return;
        }
        if (user == null) {
            // what was typed is not recorded: it may be someone's password typed into the wrong field
            ResetUserChoice.carryOn(event(context)).error(Errors.USER_NOT_FOUND);
            ResetUserChoice.clear(context);
            return;
        }
        boolean taxIdWrong;
        try {
            taxIdWrong = config.askTaxId()
                    && !ResetTaxIdCheck.matches(context.getSession(), context.getRealm(), user, form.taxId());
        } catch (RuntimeException crmFailure) {
            unavailable(context, form.echo());
            return;
        }
        if (taxIdWrong) {
            // the same page, time and no-mail as for an unknown account: a mismatch tells nothing about the account
            ResetUserChoice.carryOn(event(context)).user(user).error(RecoveryEvents.ERROR_TAX_ID_MISMATCH);
            ResetUserChoice.clear(context);
            return;
        }
        if (!ResetUserChoice.choose(context, event(context), user, config)) {
            unavailable(context, form.echo());
        }
    }

    private static void unavailable(AuthenticationFlowContext context, String echo) {
        event(context).error(RecoveryEvents.ERROR_DIRECTORY_UNAVAILABLE);
        boolean captcha = limits(context, new ResetChooseUserConfig(context.getAuthenticatorConfig()))
                .captchaRequired(context.getAuthenticationSession(), null);
        context.challenge(form(context, echo, captcha)
                .setError(RecoveryMessages.UNAVAILABLE)
                .createForm(TEMPLATE));
    }

    private static ResetAbuseLimits limits(AuthenticationFlowContext context, ResetChooseUserConfig config) {
        return new ResetAbuseLimits(
                context.getSession().getProvider(RateLimiter.class),
                config,
                ClientNetwork.rateLimitKey(context.getConnection().getRemoteAddr()));
    }

    private static RateLimitDecision acquire(AuthenticationFlowContext context, ResetChooseUserConfig config) {
        if (config.ipLimit() == 0) {
            return new RateLimitDecision(true, Duration.ZERO);
        }
        RateLimitPolicy policy =
                new RateLimitPolicy(RATE_LIMIT_SCOPE, config.ipLimit(), config.ipWindow(), RateLimitMode.SLIDING);
        RateLimiter limiter = context.getSession().getProvider(RateLimiter.class);
        return limiter.tryAcquire(
                policy, ClientNetwork.rateLimitKey(context.getConnection().getRemoteAddr()));
    }

    /** A copy of the flow's event for this step's errors, so the flow's own event keeps only Keycloak's details. */
    private static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent().clone().detail(RecoveryEvents.STEP, RecoveryEvents.STEP_CHOOSE_USER);
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, String identifier, boolean captcha) {
        ResetChooseUserConfig config = new ResetChooseUserConfig(context.getAuthenticatorConfig());
        LoginFormsProvider form = context.form()
                .setAttribute(ATTR_IDENTIFIER, identifier)
                .setAttribute(ATTR_ASK_TAX_ID, config.askTaxId())
                .setAttribute(ATTR_OFFER_SMS, ResetChannel.offered(context.getSession(), config))
                .setAttribute(ATTR_OFFER_RECOVERY_EMAIL, config.offerRecoveryEmail());
        if (captcha) {
            // a new challenge on every render, for this authentication session only: each one is accepted once
            form.setAttribute(
                    ProofOfWorkService.TEMPLATE_ATTRIBUTE,
                    context.getSession()
                            .getProvider(ProofOfWorkService.class)
                            .issue(ProofOfWorkBinding.authSession(context.getAuthenticationSession())));
        }
        return form;
    }
}
