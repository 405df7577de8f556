package it.sportello.keycloak.verifymobile;

import it.sportello.keycloak.mobile.MobileAttributes;
import it.sportello.keycloak.mobile.MobileNumber;
import it.sportello.keycloak.mobile.SmsCodeChallenge;
import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import it.sportello.keycloak.sms.SmsDeliveryException;
import it.sportello.keycloak.sms.SmsSender;
import it.sportello.keycloak.sms.SmsTexts;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Adds, changes or removes the account's verified mobile ({@code mobile} attribute, E.164): the number, then a 6-digit
 * code sent to it by SMS (single-use, 5 minutes, 3 tries, at most 3 codes per account per hour, counted cluster-wide),
 * and only then the attribute is written. Removing needs the signed-in session only. Each change is an
 * {@code UPDATE_PROFILE} event with {@code sportello_mobile} = {@code changed} or {@code removed}, which the
 * notification listener turns into a notice to the account's email address.
 */
final class VerifyMobileRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "sportello-verify-mobile.ftl";
    static final String NUMBER = "mobileNumber";
    static final String CODE = "smsCode";
    static final String ACTION = "action";
    /** Template attributes: which step, the current and the pending number masked, the gateway failure. */
    static final String ATTR_STEP = "verifyMobileStep";

    static final String ATTR_CURRENT = "verifyMobileCurrent";
    static final String ATTR_PENDING = "verifyMobilePending";
    /** Event detail read by the notification listener. */
    static final String DETAIL_MOBILE = "sportello_mobile";

    static final String NOTE_PENDING = "sportello.verify-mobile.pending";
    static final String NOTE_PREFIX = "sportello.verify-mobile.code.";
    static final String SCOPE = "verify-mobile-account";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_TRIES = 3;
    static final int CODES_PER_HOUR = 3;

    private static final Logger LOG = Logger.getLogger(VerifyMobileRequiredAction.class);

    private final SecureRandom random = new SecureRandom();

    /** {@code kc_action=sportello-verify-mobile:remove}: the console's "Remove" asks to confirm the removal only. */
    static final String PARAMETER_REMOVE = "remove";
    /** Template attribute: the number pre-filled on the number page (the CRM's phone when it is a mobile). */
    static final String ATTR_SUGGESTED = "verifyMobileSuggested";
    /** The CRM's phone, as the federation and the claim store it on the account. */
    static final String PHONE = "phone";

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
        String parameter = context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER);
        if (PARAMETER_REMOVE.equals(parameter)
                && MobileAttributes.verifiedMobile(context.getUser()).isPresent()) {
            context.challenge(
                    numberPage(context).setAttribute(ATTR_STEP, "remove").createForm(TEMPLATE));
            return;
        }
        LoginFormsProvider page = numberPage(context);
        if (MobileAttributes.verifiedMobile(context.getUser()).isEmpty()) {
            // a first number: the one the CRM has, when it is a mobile, typed in already (the customer may change it)
            MobileNumber.parse(context.getUser().getFirstAttribute(PHONE))
                    .ifPresent(suggested -> page.setAttribute(ATTR_SUGGESTED, suggested.e164()));
        }
        context.challenge(page.createForm(TEMPLATE));
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
                    .ifPresentOrElse(number -> send(context, number), () -> requiredActionChallenge(context));
            default -> {
                Optional<MobileNumber> number = MobileNumber.parse(form.getFirst(NUMBER));
                if (number.isEmpty()) {
                    context.challenge(numberPage(context)
                            .setErrors(List.of(new FormMessage(NUMBER, VerifyMobileMessages.NUMBER_INVALID)))
                            .createForm(TEMPLATE));
                    return;
                }
                send(context, number.get());
            }
        }
    }

    private void send(RequiredActionContext context, MobileNumber number) {
        UserModel user = context.getUser();
        RateLimitPolicy policy = new RateLimitPolicy(SCOPE, CODES_PER_HOUR, Duration.ofHours(1), RateLimitMode.SLIDING);
        boolean allowed = context.getSession()
                .getProvider(RateLimiter.class)
                .tryAcquire(policy, context.getRealm().getId() + "." + user.getId())
                .allowed();
        if (!allowed) {
            context.challenge(numberPage(context)
                    .setError(VerifyMobileMessages.TOO_MANY_CODES)
                    .createForm(TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SmsCodeChallenge challenge = challenge(authSession);
        String code = challenge.issue();
        authSession.setAuthNote(NOTE_PENDING, number.e164());
        try {
            String text = SmsTexts.format(
                    context.getSession(),
                    context.getRealm(),
                    user,
                    VerifyMobileMessages.SMS_TEXT,
                    code,
                    LIFETIME.toMinutes());
            context.getSession().getProvider(SmsSender.class).send(number, text);
        } catch (SmsDeliveryException e) {
            clear(authSession);
            event(context)
                    .detail(DETAIL_MOBILE, "send-failed")
                    .detail("sportello_sms_reason", e.reason().code())
                    .error("sportello_verify_mobile_sms_failed");
            LOG.warnf("Verification code SMS not sent: %s", e.getMessage());
            context.challenge(numberPage(context)
                    .setError(VerifyMobileMessages.SEND_FAILED)
                    .createForm(TEMPLATE));
            return;
        }
        context.challenge(codePage(context, number).createForm(TEMPLATE));
    }

    private void verify(RequiredActionContext context, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<MobileNumber> pending = pending(authSession);
        if (pending.isEmpty()) {
            requiredActionChallenge(context);
            return;
        }
        if (typed == null || typed.isBlank()) {
            context.challenge(codePage(context, pending.get())
                    .setErrors(List.of(new FormMessage(CODE, VerifyMobileMessages.CODE_REQUIRED)))
                    .createForm(TEMPLATE));
            return;
        }
        SmsCodeChallenge challenge = challenge(authSession);
        SmsCodeChallenge.Outcome outcome = challenge.check(typed);
        if (outcome == SmsCodeChallenge.Outcome.OK) {
            clear(authSession);
            context.getUser()
                    .setSingleAttribute(MobileAttributes.MOBILE, pending.get().e164());
            event(context).detail(DETAIL_MOBILE, "changed").success();
            context.success();
            return;
        }
        LoginFormsProvider page = codePage(context, pending.get());
        switch (outcome) {
            case WRONG -> page.setErrors(
                    List.of(new FormMessage(CODE, VerifyMobileMessages.CODE_WRONG, challenge.triesLeft())));
            case EXHAUSTED -> page.setError(VerifyMobileMessages.CODE_EXHAUSTED);
            default -> page.setError(VerifyMobileMessages.CODE_EXPIRED);
        }
        event(context)
                .detail(DETAIL_MOBILE, "code-" + outcome.name().toLowerCase(java.util.Locale.ROOT))
                .error("sportello_verify_mobile_code_refused");
        context.challenge(page.createForm(TEMPLATE));
    }

    private void remove(RequiredActionContext context) {
        clear(context.getAuthenticationSession());
        if (MobileAttributes.verifiedMobile(context.getUser()).isPresent()) {
            context.getUser().removeAttribute(MobileAttributes.MOBILE);
            event(context).detail(DETAIL_MOBILE, "removed").success();
        }
        context.success();
    }

    private LoginFormsProvider numberPage(RequiredActionContext context) {
        LoginFormsProvider page = context.form().setAttribute(ATTR_STEP, "number");
        MobileAttributes.verifiedMobile(context.getUser()).ifPresent(m -> page.setAttribute(ATTR_CURRENT, m.masked()));
        return page;
    }

    private LoginFormsProvider codePage(RequiredActionContext context, MobileNumber pending) {
        return context.form().setAttribute(ATTR_STEP, "code").setAttribute(ATTR_PENDING, pending.masked());
    }

    private SmsCodeChallenge challenge(AuthenticationSessionModel authSession) {
        return new SmsCodeChallenge(authSession, NOTE_PREFIX, Clock.systemUTC(), random, LIFETIME, MAX_TRIES);
    }

    private static Optional<MobileNumber> pending(AuthenticationSessionModel authSession) {
        return MobileNumber.parse(authSession.getAuthNote(NOTE_PENDING));
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
