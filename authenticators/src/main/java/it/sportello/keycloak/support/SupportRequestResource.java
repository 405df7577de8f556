package it.sportello.keycloak.support;

import it.sportello.keycloak.captcha.CaptchaMessages;
import it.sportello.keycloak.captcha.ProofOfWorkBinding;
import it.sportello.keycloak.captcha.ProofOfWorkOutcome;
import it.sportello.keycloak.captcha.ProofOfWorkService;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.ratelimit.ClientNetwork;
import it.sportello.keycloak.ratelimit.RateLimitDecision;
import it.sportello.keycloak.ratelimit.RateLimitMessages;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import it.sportello.keycloak.timing.ResponseFloor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.Urls;
import org.keycloak.services.util.LocaleUtil;

/**
 * The public support request form at {@code /realms/{realm}/sportello-support}, for people who cannot sign in: GET
 * shows it, POST stores the request as a CRM ticket, emails the ticket number and shows it. Both pages are rendered
 * by the realm's login theme, like every other page before sign-in.
 *
 * <p>A post goes through, in this order, each refusal re-rendering the form with a new proof-of-work challenge: the
 * form token ({@link SupportFormToken}); the proof of work; the rate limit per client IP (every post counts, valid or
 * not); the fields ({@link SupportRequestForm}, messages per field); the rate limit per email address, which also
 * bounds the acknowledgements an address can receive. Only then is anything written.
 *
 * <p>No enumeration: a ticket is linked to a customer only when the customer code and tax ID belong together, and the
 * visitor sees the same page, status and mail either way, after the same time ({@link ResponseFloor} around the CRM
 * work). Refusals never depend on the CRM.
 *
 * <p>Keycloak events cannot be used: their type is a closed enum in 26.7 and none means "support request" (the
 * {@code CUSTOM_REQUIRED_ACTION} type belongs to required actions and would mislead event listeners and audits).
 * Instead a stored request is logged at INFO under this class's category with the ticket number only, and refusals
 * at DEBUG with their reason; no name, address, code, tax ID or message is ever logged.
 */
final class SupportRequestResource {

    static final String TEMPLATE = "sportello-support.ftl";
    static final String SENT_TEMPLATE = "sportello-support-sent.ftl";

    /** Template attributes. */
    static final String VALUES_ATTRIBUTE = "support";

    static final String TOKEN_ATTRIBUTE = "supportFormToken";
    static final String MAX_MESSAGE_LENGTH_ATTRIBUTE = "supportMaxMessageLength";
    static final String TICKET_ATTRIBUTE = "supportTicketNumber";
    static final String MAIL_SENT_ATTRIBUTE = "supportMailSent";
    static final String SIGN_IN_URL_ATTRIBUTE = "supportSignInUrl";

    private static final Logger LOG = Logger.getLogger(SupportRequestResource.class);

    private final KeycloakSession session;

    SupportRequestResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        SupportRequestConfig config = start();
        return render(config, new MultivaluedHashMap<>(), List.of(), Response.Status.OK);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response submit() {
        SupportRequestConfig config = start();
        MultivaluedMap<String, String> input =
                session.getContext().getHttpRequest().getDecodedFormParameters();
        HttpHeaders headers = session.getContext().getRequestHeaders();

        String cookie = Optional.ofNullable(headers.getCookies().get(SupportFormToken.COOKIE))
                .map(Cookie::getValue)
                .orElse(null);
        if (!SupportFormToken.matches(cookie, input.getFirst(SupportFormToken.FIELD))
                || !SupportFormToken.originAllowed(
                        headers.getHeaderString("Origin"),
                        session.getContext().getUri().getBaseUri())) {
            return refuse(config, input, "form token", SupportMessages.FORM_EXPIRED, Response.Status.BAD_REQUEST);
        }
        // the form token matched its cookie above: the challenge must be this page's
        ProofOfWorkOutcome work =
                session.getProvider(ProofOfWorkService.class).verify(ProofOfWorkBinding.formToken(cookie), input);
        if (!work.ok()) {
            return refuse(
                    config, input, "proof of work " + work, CaptchaMessages.POW_REQUIRED, Response.Status.BAD_REQUEST);
        }
        RateLimiter limiter = session.getProvider(RateLimiter.class);
        Optional<Response> limited = limit(
                config,
                input,
                limiter,
                config.ipPolicy(),
                ClientNetwork.rateLimitKey(session.getContext().getConnection().getRemoteAddr()));
        if (limited.isPresent()) {
            return limited.get();
        }
        SupportRequestForm form = SupportRequestForm.read(input, config.maxMessageLength());
        if (!form.isValid()) {
            LOG.debug("Support request refused: invalid fields");
            return render(config, input, form.errors(), Response.Status.BAD_REQUEST);
        }
        limited = limit(config, input, limiter, config.emailPolicy(), form.emailKey());
        if (limited.isPresent()) {
            return limited.get();
        }
        return store(config, input, form);
    }

    /** Stores the valid request in the CRM, acknowledges it by mail and shows the ticket number. */
    private Response store(SupportRequestConfig config, MultivaluedMap<String, String> input, SupportRequestForm form) {
        RealmModel realm = session.getContext().getRealm();
        String locale = session.getContext().resolveLocale(null).toLanguageTag();
        long started = System.nanoTime();
        long ticket;
        try {
            ticket =
                    session.getProvider(CustomerDirectory.class).tickets().createSupportRequest(form.toRequest(locale));
        } catch (RuntimeException e) {
            // a CRM outage or a refused insert: nothing half-written, and a page rather than a server error
            session.getTransactionManager().setRollbackOnly();
            LOG.warnf("Support request could not be stored (%s)", e.getClass().getSimpleName());
            return refuse(
                    config, input, "CRM unavailable", SupportMessages.UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE);
        }
        // as long whether or not the request was linked to a customer
        ResponseFloor.waitUntil(started, config.minResponseMillis());
        String ticketNumber = Long.toString(ticket);
        boolean mailed = SupportAcknowledgement.send(session, realm, form.emailKey(), locale, ticketNumber);
        LOG.infof("Support request received from the public form: ticket %s", ticketNumber);
        return forms().setAttribute(TICKET_ATTRIBUTE, ticketNumber)
                .setAttribute(MAIL_SENT_ATTRIBUTE, mailed)
                .createForm(SENT_TEMPLATE);
    }

    /**
     * The login theme's pages with the way back to sign-in: the realm's console, which signs the visitor in first. Both
     * pages are outside any login flow, so Keycloak's own sign-in URL (bound to a flow's session) would be expired.
     */
    private LoginFormsProvider forms() {
        URI signIn = Urls.accountBase(session.getContext().getUri().getBaseUri())
                .path("/")
                .build(session.getContext().getRealm().getName());
        return session.getProvider(LoginFormsProvider.class).setAttribute(SIGN_IN_URL_ATTRIBUTE, signIn.toString());
    }

    /** The realm's settings, or 404 when the form is switched off; applies a {@code kc_locale} choice. */
    private SupportRequestConfig start() {
        RealmModel realm = session.getContext().getRealm();
        SupportRequestConfig config = SupportRequestConfig.of(realm);
        if (!config.enabled()) {
            throw new NotFoundException();
        }
        // the language picker's links carry kc_locale; outside a login flow nobody else reads it
        LocaleUtil.processLocaleParam(session, realm, null);
        return config;
    }

    private Optional<Response> limit(
            SupportRequestConfig config,
            MultivaluedMap<String, String> input,
            RateLimiter limiter,
            RateLimitPolicy policy,
            String key) {
        RateLimitDecision decision = limiter.tryAcquire(policy, key);
        if (decision.allowed()) {
            return Optional.empty();
        }
        LOG.debugf("Support request refused: rate limit %s", policy.scope());
        return Optional.of(render(
                config,
                input,
                List.of(new FormMessage(null, RateLimitMessages.RATE_LIMITED, decision.retryAfterMinutes())),
                Response.Status.TOO_MANY_REQUESTS));
    }

    private Response refuse(
            SupportRequestConfig config,
            MultivaluedMap<String, String> input,
            String reason,
            String messageKey,
            Response.Status status) {
        LOG.debugf("Support request refused: %s", reason);
        return render(config, input, List.of(new FormMessage(null, messageKey)), status);
    }

    /**
     * The form with what the visitor typed, the errors, a fresh proof-of-work challenge (each one is good for one
     * post) and the form token, reusing the one the browser already holds.
     */
    private Response render(
            SupportRequestConfig config,
            MultivaluedMap<String, String> input,
            List<FormMessage> errors,
            Response.Status status) {
        RealmModel realm = session.getContext().getRealm();
        URI formUri = session.getContext()
                .getUri()
                .getBaseUriBuilder()
                .path("realms")
                .path(realm.getName())
                .path(SupportRequestResourceProviderFactory.PROVIDER_ID)
                .build();
        Cookie held = session.getContext().getRequestHeaders().getCookies().get(SupportFormToken.COOKIE);
        String token = SupportFormToken.wellFormed(held == null ? null : held.getValue())
                .orElseGet(SupportFormToken::generate);
        session.getContext().getHttpResponse().setCookieIfAbsent(SupportFormToken.cookie(token, formUri));

        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SupportRequestForm.FIELDS) {
            values.put(field, SupportRequestForm.echo(input, field));
        }
        if (SupportRequestForm.kind(values.get(SupportRequestForm.REQUESTER_KIND)) == null) {
            values.put(SupportRequestForm.REQUESTER_KIND, SupportRequestForm.KIND_PERSON);
        }
        Locale locale = session.getContext().resolveLocale(null);
        LoginFormsProvider form = forms().setActionUri(URI.create(formUri + "?kc_locale=" + locale.toLanguageTag()))
                .setAttribute(VALUES_ATTRIBUTE, values)
                .setAttribute(TOKEN_ATTRIBUTE, token)
                .setAttribute(MAX_MESSAGE_LENGTH_ATTRIBUTE, config.maxMessageLength())
                .setAttribute(
                        ProofOfWorkService.TEMPLATE_ATTRIBUTE,
                        session.getProvider(ProofOfWorkService.class).issue(ProofOfWorkBinding.formToken(token)))
                .setStatus(status);
        if (!errors.isEmpty()) {
            form.setErrors(errors);
        }
        return form.createForm(TEMPLATE);
    }
}
