package it.sportello.keycloak.contactcode;

import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A required action that adds, changes or removes one verified contact of the account (a backup address, a mobile):
 * the contact is typed, a 6-digit {@link CodeChallenge} is sent to it (at most {@link ContactCodeSettings#codesPerHour()}
 * per account per hour, counted cluster-wide), and only once the code is typed back is the user attribute written,
 * with an {@code UPDATE_PROFILE} event. Removing needs the signed-in session only. The form's {@code action} is one of
 * {@code cancel}, {@code remove}, {@code verify}, {@code resend}, or anything else for a typed contact.
 *
 * <p>A deliberate extension point: the subclass parses and refuses its kind of contact, delivers the code (SMS, mail)
 * and names its page, notes, messages and event detail in its {@link ContactCodeSettings}.
 *
 * @param <C> the contact's value type, parsed once from the form
 */
public abstract class ContactCodeRequiredAction<C extends VerifiableContact> implements RequiredActionProvider {

    /** The form field saying which button was pressed. */
    public static final String ACTION = "action";

    private final ContactCodeSettings settings;
    private final SecureRandom random = new SecureRandom();

    protected ContactCodeRequiredAction(ContactCodeSettings settings) {
        this.settings = settings;
    }

    /** The contact in a form field or an auth note; empty when it is not one. */
    protected abstract Optional<C> parse(String raw);

    /** Why a typed contact cannot be verified, as a message key; null when it can. */
    protected abstract String refusalFor(Optional<C> typed, UserModel user);

    /** The account's current verified contact, shown masked on the contact page. */
    protected Optional<C> current(UserModel user) {
        return parse(user.getFirstAttribute(settings.attribute()));
    }

    /** Whether there is anything to remove (and so an event to record): by default, a verified contact. */
    protected boolean removable(UserModel user) {
        return current(user).isPresent();
    }

    /**
     * Sends the code to the contact; on failure records the event (see {@link #event}), logs without the code and
     * returns false: the page then says {@link ContactCodeSettings.Messages#sendFailed()}.
     */
    protected abstract boolean deliver(RequiredActionContext context, C contact, String code);

    protected final ContactCodeSettings settings() {
        return settings;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {}

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(contactPage(context).createForm(settings.template()));
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
            case "verify" -> verify(context, form.getFirst(settings.codeField()));
            case "resend" -> pending(context.getAuthenticationSession())
                    .ifPresentOrElse(contact -> send(context, contact), () -> requiredActionChallenge(context));
            default -> {
                Optional<C> contact = parse(form.getFirst(settings.contactField()));
                String refusal = refusalFor(contact, context.getUser());
                if (refusal != null) {
                    context.challenge(contactPage(context)
                            .setErrors(List.of(new FormMessage(settings.contactField(), refusal)))
                            .createForm(settings.template()));
                    return;
                }
                send(context, contact.get());
            }
        }
    }

    private void send(RequiredActionContext context, C contact) {
        RateLimitPolicy policy = new RateLimitPolicy(
                settings.rateScope(), settings.codesPerHour(), Duration.ofHours(1), RateLimitMode.SLIDING);
        boolean allowed = context.getSession()
                .getProvider(RateLimiter.class)
                .tryAcquire(
                        policy,
                        context.getRealm().getId() + "." + context.getUser().getId())
                .allowed();
        if (!allowed) {
            context.challenge(contactPage(context)
                    .setError(settings.messages().tooManyCodes())
                    .createForm(settings.template()));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String code = challenge(authSession).issue();
        authSession.setAuthNote(settings.notePending(), contact.attributeValue());
        if (!deliver(context, contact, code)) {
            clear(authSession);
            context.challenge(contactPage(context)
                    .setError(settings.messages().sendFailed())
                    .createForm(settings.template()));
            return;
        }
        context.challenge(codePage(context, contact).createForm(settings.template()));
    }

    private void verify(RequiredActionContext context, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<C> pending = pending(authSession);
        if (pending.isEmpty()) {
            requiredActionChallenge(context);
            return;
        }
        ContactCodeSettings.Messages messages = settings.messages();
        if (typed == null || typed.isBlank()) {
            context.challenge(codePage(context, pending.get())
                    .setErrors(List.of(new FormMessage(settings.codeField(), messages.codeRequired())))
                    .createForm(settings.template()));
            return;
        }
        CodeChallenge challenge = challenge(authSession);
        CodeChallenge.Outcome outcome = challenge.check(typed);
        if (outcome == CodeChallenge.Outcome.OK) {
            clear(authSession);
            context.getUser()
                    .setSingleAttribute(settings.attribute(), pending.get().attributeValue());
            event(context).detail(settings.detail(), "changed").success();
            context.success();
            return;
        }
        LoginFormsProvider page = codePage(context, pending.get());
        switch (outcome) {
            case WRONG -> page.setErrors(
                    List.of(new FormMessage(settings.codeField(), messages.codeWrong(), challenge.triesLeft())));
            case EXHAUSTED -> page.setError(messages.codeExhausted());
            default -> page.setError(messages.codeExpired());
        }
        event(context)
                .detail(settings.detail(), "code-" + outcome.name().toLowerCase(Locale.ROOT))
                .error(settings.codeRefusedError());
        context.challenge(page.createForm(settings.template()));
    }

    private void remove(RequiredActionContext context) {
        clear(context.getAuthenticationSession());
        if (removable(context.getUser())) {
            context.getUser().removeAttribute(settings.attribute());
            event(context).detail(settings.detail(), "removed").success();
        }
        context.success();
    }

    /** The page asking for the contact, with the current one masked. */
    protected final LoginFormsProvider contactPage(RequiredActionContext context) {
        LoginFormsProvider page = context.form().setAttribute(settings.stepAttribute(), settings.contactStep());
        current(context.getUser()).ifPresent(c -> page.setAttribute(settings.currentAttribute(), c.masked()));
        return page;
    }

    private LoginFormsProvider codePage(RequiredActionContext context, C pending) {
        return context.form()
                .setAttribute(settings.stepAttribute(), "code")
                .setAttribute(settings.pendingAttribute(), pending.masked());
    }

    private CodeChallenge challenge(AuthenticationSessionModel authSession) {
        return new CodeChallenge(
                authSession,
                settings.notePrefix(),
                Clock.systemUTC(),
                random,
                settings.lifetime(),
                settings.maxTries());
    }

    private Optional<C> pending(AuthenticationSessionModel authSession) {
        return parse(authSession.getAuthNote(settings.notePending()));
    }

    private void clear(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(settings.notePending());
        challenge(authSession).clear();
    }

    /** An {@code UPDATE_PROFILE} event about the signed-in user. */
    protected static EventBuilder event(RequiredActionContext context) {
        return context.getEvent().clone().event(EventType.UPDATE_PROFILE).user(context.getUser());
    }

    @Override
    public void close() {}
}
