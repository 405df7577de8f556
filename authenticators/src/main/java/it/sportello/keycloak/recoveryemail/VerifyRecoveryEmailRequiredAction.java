package it.sportello.keycloak.recoveryemail;

import it.sportello.keycloak.mobile.SmsCodeChallenge;
import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Adds, changes or removes the account's verified backup email address ({@code recoveryEmail} attribute): the address
 * (never the account's own primary one), then a 6-digit code mailed to it (single-use, 10 minutes, 3 tries, at most 3
 * codes per account per hour, counted cluster-wide), and only then the attribute is written. Removing needs the
 * signed-in session only. Each change is an {@code UPDATE_PROFILE} event with {@code sportello_recovery_email} =
 * {@code changed} or {@code removed}, which the notification listener turns into a notice to the primary address (the
 * new address is not told about the account beyond the code mail).
 */
final class VerifyRecoveryEmailRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "sportello-verify-recovery-email.ftl";
    static final String MAIL_TEMPLATE = "sportello-recovery-email-code.ftl";
    /** The code mail's subject, in the sportello email theme's bundles. */
    static final String MAIL_SUBJECT = "sportelloRecoveryEmailCodeSubject";

    static final String ADDRESS = "recoveryEmail";
    static final String CODE = "emailCode";
    static final String ACTION = "action";
    /** Template attributes: which step, the current and the pending address masked. */
    static final String ATTR_STEP = "recoveryEmailStep";

    static final String ATTR_CURRENT = "recoveryEmailCurrent";
    static final String ATTR_PENDING = "recoveryEmailPending";
    /** Code mail attributes: the code and its lifetime in minutes. */
    static final String ATTR_MAIL_CODE = "recoveryEmailCode";

    static final String ATTR_MAIL_MINUTES = "recoveryEmailCodeMinutes";
    /** Event detail read by the notification listener. */
    static final String DETAIL = "sportello_recovery_email";

    static final String NOTE_PENDING = "sportello.verify-recovery-email.pending";
    static final String NOTE_PREFIX = "sportello.verify-recovery-email.code.";
    static final String SCOPE = "verify-recovery-email-account";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_TRIES = 3;
    static final int CODES_PER_HOUR = 3;

    private static final Logger LOG = Logger.getLogger(VerifyRecoveryEmailRequiredAction.class);

    private final SecureRandom random = new SecureRandom();

    /**
     * Why a typed address cannot become the backup address, as a message key; null when it can. The primary address is
     * refused: a backup that is the same mailbox adds no way back into the account.
     */
    static String refusal(Optional<RecoveryEmailAddress> typed, String primaryEmail) {
        if (typed.isEmpty()) {
            return VerifyRecoveryEmailMessages.ADDRESS_INVALID;
        }
        return typed.get().sameAs(primaryEmail) ? VerifyRecoveryEmailMessages.ADDRESS_IS_PRIMARY : null;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        // the console starts it (kc_action); Keycloak asks for the password again when the sign-in is older than the
        // action's max_auth_age (5 minutes by default), as for any application-initiated action
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {}

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(addressPage(context).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = String.valueOf(form.getFirst(ACTION));
        switch (action) {
            case "cancel" -> {
                clear(context.getAuthenticationSession());
                context.cancel();
            }
            case "remove" -> remove(context);
            case "verify" -> verify(context, form.getFirst(CODE));
            case "resend" -> pending(context.getAuthenticationSession())
                    .ifPresentOrElse(address -> send(context, address), () -> requiredActionChallenge(context));
            default -> {
                Optional<RecoveryEmailAddress> address = RecoveryEmailAddress.parse(form.getFirst(ADDRESS));
                String refusal = refusal(address, context.getUser().getEmail());
                if (refusal != null) {
                    context.challenge(addressPage(context)
                            .setErrors(List.of(new FormMessage(ADDRESS, refusal)))
                            .createForm(TEMPLATE));
                    return;
                }
                send(context, address.get());
            }
        }
    }

    private void send(RequiredActionContext context, RecoveryEmailAddress address) {
        UserModel user = context.getUser();
        RateLimitPolicy policy = new RateLimitPolicy(SCOPE, CODES_PER_HOUR, Duration.ofHours(1), RateLimitMode.SLIDING);
        boolean allowed = context.getSession()
                .getProvider(RateLimiter.class)
                .tryAcquire(policy, context.getRealm().getId() + "." + user.getId())
                .allowed();
        if (!allowed) {
            context.challenge(addressPage(context)
                    .setError(VerifyRecoveryEmailMessages.TOO_MANY_CODES)
                    .createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SmsCodeChallenge challenge = challenge(authSession);
        String code = challenge.issue();
        authSession.setAuthNote(NOTE_PENDING, address.value());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTR_MAIL_CODE, code);
        attributes.put(ATTR_MAIL_MINUTES, LIFETIME.toMinutes());
        try {
            context.getSession()
                    .getProvider(EmailTemplateProvider.class)
                    .setRealm(context.getRealm())
                    .setUser(user)
                    .setAuthenticationSession(authSession)
                    .send(MAIL_SUBJECT, List.of(), MAIL_TEMPLATE, attributes, address.value());
        } catch (EmailException e) {
            clear(authSession);
            event(context).detail(DETAIL, "send-failed").error("sportello_verify_recovery_email_mail_failed");
            // the type only: the message may quote the address
            LOG.warnf("Backup address code mail not sent (%s)", e.getClass().getName());
            context.challenge(addressPage(context)
                    .setError(VerifyRecoveryEmailMessages.SEND_FAILED)
                    .createForm(TEMPLATE));
            return;
        }
        context.challenge(codePage(context, address).createForm(TEMPLATE));
    }

    private void verify(RequiredActionContext context, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<RecoveryEmailAddress> pending = pending(authSession);
        if (pending.isEmpty()) {
            requiredActionChallenge(context);
            return;
        }
        if (typed == null || typed.isBlank()) {
            context.challenge(codePage(context, pending.get())
                    .setErrors(List.of(new FormMessage(CODE, VerifyRecoveryEmailMessages.CODE_REQUIRED)))
                    .createForm(TEMPLATE));
            return;
        }
        SmsCodeChallenge challenge = challenge(authSession);
        SmsCodeChallenge.Outcome outcome = challenge.check(typed);
        if (outcome == SmsCodeChallenge.Outcome.OK) {
            clear(authSession);
            context.getUser()
                    .setSingleAttribute(
                            RecoveryEmailAddress.ATTRIBUTE, pending.get().value());
            event(context).detail(DETAIL, "changed").success();
            context.success();
            return;
        }
        LoginFormsProvider page = codePage(context, pending.get());
        switch (outcome) {
            case WRONG -> page.setErrors(
                    List.of(new FormMessage(CODE, VerifyRecoveryEmailMessages.CODE_WRONG, challenge.triesLeft())));
            case EXHAUSTED -> page.setError(VerifyRecoveryEmailMessages.CODE_EXHAUSTED);
            default -> page.setError(VerifyRecoveryEmailMessages.CODE_EXPIRED);
        }
        event(context)
                .detail(DETAIL, "code-" + outcome.name().toLowerCase(Locale.ROOT))
                .error("sportello_verify_recovery_email_code_refused");
        context.challenge(page.createForm(TEMPLATE));
    }

    private void remove(RequiredActionContext context) {
        clear(context.getAuthenticationSession());
        if (context.getUser().getFirstAttribute(RecoveryEmailAddress.ATTRIBUTE) != null) {
            context.getUser().removeAttribute(RecoveryEmailAddress.ATTRIBUTE);
            event(context).detail(DETAIL, "removed").success();
        }
        context.success();
    }

    private LoginFormsProvider addressPage(RequiredActionContext context) {
        LoginFormsProvider page = context.form().setAttribute(ATTR_STEP, "address");
        RecoveryEmailAddress.of(context.getUser()).ifPresent(a -> page.setAttribute(ATTR_CURRENT, a.masked()));
        return page;
    }

    private LoginFormsProvider codePage(RequiredActionContext context, RecoveryEmailAddress pending) {
        return context.form().setAttribute(ATTR_STEP, "code").setAttribute(ATTR_PENDING, pending.masked());
    }

    private SmsCodeChallenge challenge(AuthenticationSessionModel authSession) {
        return new SmsCodeChallenge(authSession, NOTE_PREFIX, Clock.systemUTC(), random, LIFETIME, MAX_TRIES);
    }

    private static Optional<RecoveryEmailAddress> pending(AuthenticationSessionModel authSession) {
        return RecoveryEmailAddress.parse(authSession.getAuthNote(NOTE_PENDING));
    }

    private void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(NOTE_PENDING);
        challenge(authSession).clear();
    }

    private static EventBuilder event(RequiredActionContext context) {
        return context.getEvent().clone().event(EventType.UPDATE_PROFILE).user(context.getUser());
    }

    @Override
    public void close() {}
}
