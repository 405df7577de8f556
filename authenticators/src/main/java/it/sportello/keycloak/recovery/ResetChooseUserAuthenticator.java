package it.sportello.keycloak.recovery;

import it.sportello.keycloak.captcha.CaptchaMessages;
import it.sportello.keycloak.captcha.ProofOfWorkBinding;
import it.sportello.keycloak.captcha.ProofOfWorkOutcome;
import it.sportello.keycloak.captcha.ProofOfWorkService;
import it.sportello.keycloak.crm.CrmAvailability;
import it.sportello.keycloak.crm.CustomerDirectory;
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
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
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
final class ResetChooseUserAuthenticator implements Authenticator {

    static final String TEMPLATE = "sportello-reset-choose-user.ftl";
    /** Template attribute with the input shown again after a field error. */
    static final String ATTR_IDENTIFIER = "resetIdentifier";

    static final String RATE_LIMIT_SCOPE = "reset-ip";
    /** Single-use store entry that holds an account's mail interval: prefix, realm id, user id. */
    static final String MAIL_INTERVAL_PREFIX = "sportello.reset.mail.";

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
            if (!chosen(context, signedIn.user(), new ResetChooseUserConfig(context.getAuthenticatorConfig()))) {
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
        EventBuilder event = event(context);
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        ResetChooseUserForm form = ResetChooseUserForm.read(input);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ResetAbuseLimits limits = limits(context, config);
        RecoveryIdentifier typed = form.isValid() ? form.identifier() : null;

        RateLimitDecision decision = acquire(context, config);
        if (!decision.allowed()) {
            event.clone().error(RecoveryEvents.ERROR_RATE_LIMITED);
            context.challenge(form(context, form.echo(), limits.captchaRequired(authSession, typed))
                    .setError(RateLimitMessages.RATE_LIMITED, decision.retryAfterMinutes())
                    .createForm(TEMPLATE));
            return;
        }
        // before any lookup: a bot that skips the check learns nothing, not even whether its input was well-formed
        if (limits.captchaRequired(authSession, typed)) {
            ProofOfWorkOutcome outcome = context.getSession()
                    .getProvider(ProofOfWorkService.class)
                    .verify(ProofOfWorkBinding.authSession(authSession), input);
            if (!outcome.ok()) {
                ResetAbuseLimits.askCaptcha(authSession);
                event.clone()
                        .detail(RecoveryEvents.CAPTCHA_OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
                        .error(RecoveryEvents.ERROR_CAPTCHA);
                context.challenge(form(context, form.echo(), true)
                        .setError(CaptchaMessages.POW_REQUIRED)
                        .createForm(TEMPLATE));
                return;
            }
        }
        // every request counts, whatever it names: counting only unknown names would tell which ones exist
        limits.recordRequest(authSession, typed);
        if (!form.isValid()) {
            event.clone().error(form.isMissing() ? Errors.USERNAME_MISSING : RecoveryEvents.ERROR_INVALID_INPUT);
            // a plain challenge: a malformed field guesses nothing, so it is no brute-force failure of anyone
            context.challenge(form(context, form.echo(), limits.captchaRequired(authSession, null))
                    .setErrors(form.errors())
                    .createForm(TEMPLATE));
            return;
        }

        UserModel user;
        try {
            user = find(context.getSession(), context.getRealm(), form.identifier());
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
            carryOn(event).error(Errors.USER_NOT_FOUND);
            clear(context);
            return;
        }
        if (!chosen(context, user, config)) {
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

    /**
     * A real account was named: let it through to the email step, unless it is disabled or gated.
     *
     * @return false when the CRM could not answer for the gate; nothing was decided then
     */
    private static boolean chosen(AuthenticationFlowContext context, UserModel user, ResetChooseUserConfig config) {
        EventBuilder event = event(context);
        if (!user.isEnabled()) {
            carryOn(event).user(user).error(Errors.USER_DISABLED);
            clear(context);
            return true;
        }
        boolean gated;
        try {
            gated = new PrequalificationGate(config)
                    .blocks(user::getFirstAttribute, () -> context.getSession().getProvider(CustomerDirectory.class));
        } catch (RuntimeException crmFailure) {
            // only the type: a persistence message could quote customer data
            LOG.warnf(
                    "Prequalification of a CRM customer could not be read (%s)",
                    crmFailure.getClass().getName());
            return false;
        }
        if (gated) {
            carryOn(event).user(user).error(RecoveryEvents.ERROR_NOT_PREQUALIFIED);
            clear(context);
            return true;
        }
        if (!mailIntervalFree(context, user, config)) {
            // same page and no mail, as for an unknown account: the mailbox cannot be flooded, nor the limit seen
            carryOn(event).user(user).error(RecoveryEvents.ERROR_MAIL_TOO_SOON);
            clear(context);
            return true;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // the account's own username, never the raw input, names it in the email step's event
        authSession.setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        authSession.setAuthNote(ResetCredentialChooseUser.RESET_CREDENTIAL_USER_CHOSEN, Boolean.TRUE.toString());
        context.setUser(user);
        context.success();
        return true;
    }

    /** Carries on like for a real account but without one: the email step then sends nothing. */
    private static void clear(AuthenticationFlowContext context) {
        context.getAuthenticationSession().removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        context.clearUser();
        context.success();
    }

    /**
     * Takes the account's mail interval in Keycloak's cluster-wide single-use store, whose {@code putIfAbsent} is atomic
     * on every node: of two requests for one account, from any IP addresses, at most one gets the mail.
     */
    private static boolean mailIntervalFree(
            AuthenticationFlowContext context, UserModel user, ResetChooseUserConfig config) {
        long seconds = config.mailInterval().toSeconds();
        if (seconds == 0) {
            return true;
        }
        String key = MAIL_INTERVAL_PREFIX + context.getRealm().getId() + "." + user.getId();
        return context.getSession().singleUseObjects().putIfAbsent(key, seconds);
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

    static UserModel find(KeycloakSession session, RealmModel realm, RecoveryIdentifier identifier) {
        UserProvider users = session.users();
        try {
            if (identifier.isEmail() && realm.isLoginWithEmailAllowed()) {
                UserModel byEmail =
                        users.getUserByEmail(realm, identifier.email().orElseThrow());
                if (byEmail != null) {
                    return byEmail;
                }
            }
            for (String username : identifier.usernames()) {
                UserModel byUsername = users.getUserByUsername(realm, username);
                if (byUsername != null) {
                    return byUsername;
                }
            }
        } catch (ModelDuplicateException ambiguous) {
            // two accounts share the address: neither is named by it
            return null;
        }
        return null;
    }

    /**
     * The event of a path that carries on like a real account's: stored with the request's own transaction, as the
     * email step's success event is, not in a transaction of its own (Keycloak's default for errors), so that both
     * paths do the same database work.
     */
    private static EventBuilder carryOn(EventBuilder event) {
        return event.clone().storeImmediately(false);
    }

    /** A copy of the flow's event for this step's errors, so the flow's own event keeps only Keycloak's details. */
    private static EventBuilder event(AuthenticationFlowContext context) {
        return context.getEvent().clone().detail(RecoveryEvents.STEP, RecoveryEvents.STEP_CHOOSE_USER);
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, String identifier, boolean captcha) {
        LoginFormsProvider form = context.form().setAttribute(ATTR_IDENTIFIER, identifier);
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

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
