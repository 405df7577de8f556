package it.sportello.keycloak.claim;

import it.sportello.keycloak.captcha.CaptchaMessages;
import it.sportello.keycloak.captcha.ProofOfWorkBinding;
import it.sportello.keycloak.captcha.ProofOfWorkOutcome;
import it.sportello.keycloak.captcha.ProofOfWorkService;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.VerificationResult;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.prequalification.PrequalificationPage;
import it.sportello.keycloak.ratelimit.ClientNetwork;
import it.sportello.keycloak.ratelimit.RateLimitMessages;
import it.sportello.keycloak.ratelimit.RateLimiter;
import it.sportello.keycloak.timing.ResponseFloor;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * First step of account claiming (the realm's registration flow): the visitor proves to be a CRM customer with the
 * customer code printed on the invoice and the tax ID, optionally the name as on the invoice, and (proof of
 * possession, on by default) the number of one of the customer's invoices of the last 12 months. An unknown code, a
 * wrong tax ID, a wrong name, a wrong invoice number and no invoice in the window get one and the same answer; the matched code goes into the authentication session for the
 * next steps. Failed verifications are counted per client IP and per typed code ({@link ClaimAbuseLimits}): past a
 * threshold the browser must solve the proof-of-work check, past a limit attempts are refused for a while. A supplier
 * the CRM has not prequalified learns it only after everything matched, and can claim no account until it is.
 */
final class ClaimVerifyAuthenticator extends NoUserAuthenticator {

    static final String TEMPLATE = "sportello-claim-verify.ftl";

    private final CustomerDirectory directory;

    ClaimVerifyAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        ClaimAbuseLimits limits = limits(context, new ClaimVerifyConfig(context.getAuthenticatorConfig()));
        boolean captcha = limits.captchaRequired(context.getAuthenticationSession(), null);
        context.challenge(form(context, null, captcha).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        ClaimVerifyConfig config = new ClaimVerifyConfig(context.getAuthenticatorConfig());
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        ClaimVerifyForm form = ClaimVerifyForm.read(input, config);
        AuthenticationSessionModel session = context.getAuthenticationSession();
        ClaimAbuseLimits limits = limits(context, config);
        context.getEvent().event(EventType.REGISTER).detail(ClaimEvents.STEP, "verify");

        // the check comes first: a bot that skips it learns nothing, not even whether its input was well-formed
        if (limits.captchaRequired(session, form.customerCode()) && !proofOfWorkSolved(context, input)) {
            return;
        }
        if (!form.isValid()) {
            // wrong formats are told field by field: they reveal nothing about the CRM
            context.getEvent().error(ClaimEvents.ERROR_INVALID_INPUT);
            refuse(context, input, form.errors(), limits.captchaRequired(session, null), null);
            return;
        }
        if (limits.exhausted(form.customerCode())) {
            context.getEvent().error(ClaimEvents.ERROR_RATE_LIMITED);
            List<FormMessage> error =
                    List.of(new FormMessage(null, RateLimitMessages.RATE_LIMITED, limits.windowMinutes()));
            refuse(
                    context,
                    input,
                    error,
                    limits.captchaRequired(session, form.customerCode()),
                    Response.Status.TOO_MANY_REQUESTS);
            return;
        }
        verify(context, config, form, limits, input);
    }

    /** Asks the CRM, pads to the floor, then refuses, shows the prequalification page, or goes on. */
    private void verify(
            AuthenticationFlowContext context,
            ClaimVerifyConfig config,
            ClaimVerifyForm form,
            ClaimAbuseLimits limits,
            MultivaluedMap<String, String> input) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        long started = System.nanoTime();
        boolean matched = matches(form, config.proofOfPossession());
        if (!matched) {
            limits.recordFailure(session, form.customerCode());
        }
        // asked only once code, tax ID and proof all matched: before that, a supplier gets what anybody gets
        boolean gated =
                matched && PrequalificationGate.lifecycle().blocksCustomer(form.customerCode(), directory.customers());
        // same duration whatever the CRM answered: no timing side channel on which codes exist
        ResponseFloor.waitUntil(started, config.minResponseMillis());
        if (!matched) {
            context.getEvent().error(ClaimEvents.ERROR_NO_MATCH);
            List<FormMessage> error = List.of(new FormMessage(null, ClaimMessages.NO_MATCH));
            refuse(context, input, error, limits.captchaRequired(session, form.customerCode()), null);
            return;
        }
        if (gated) {
            // the holder proved who it is: it is told why, and nothing is created for it
            context.getEvent().error(PrequalificationPage.ERROR_NOT_PREQUALIFIED);
            PrequalificationPage.show(context);
            return;
        }
        ClaimNotes.verified(
                session,
                form.customerCode(),
                form.phoneOrNull(),
                config.proofOfPossession() == ProofOfPossession.INVOICE_NUMBER);
        context.success();
    }

    /** Checks the posted proof of work; on anything but OK the page is shown again asking for a new one. */
    private static boolean proofOfWorkSolved(AuthenticationFlowContext context, MultivaluedMap<String, String> input) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        ProofOfWorkOutcome outcome = context.getSession()
                .getProvider(ProofOfWorkService.class)
                .verify(ProofOfWorkBinding.authSession(session), input);
        if (outcome.ok()) {
            return true;
        }
        ClaimAbuseLimits.askCaptcha(session);
        context.getEvent()
                .detail(ClaimEvents.CAPTCHA_OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
                .error(ClaimEvents.ERROR_CAPTCHA);
        refuse(context, input, List.of(new FormMessage(null, CaptchaMessages.POW_REQUIRED)), true, null);
        return false;
    }

    /**
     * Whether code, tax ID (and name) belong together and the proof holds. Every question is asked whatever the
     * previous answer was, so an unknown code, a wrong tax ID, a wrong invoice number and a customer without an
     * invoice in the window cost the same work (and the response floor hides what is left).
     */
    private boolean matches(ClaimVerifyForm form, ProofOfPossession proof) {
        CustomerCode code = form.customerCode();
        VerificationResult pair = directory.customers().verify(code, form.taxId(), form.nameOrNull());
        if (proof == ProofOfPossession.INVOICE_NUMBER) {
            LocalDate since = ClaimVerifyConfig.proofSince(LocalDate.now(ZoneOffset.UTC));
            boolean invoice = directory.customers().hasRecentInvoice(code, form.invoiceNumber(), since);
            return pair.matched() && invoice;
        }
        // without the proof the activation can only go to the email of record: a customer without one cannot claim
        // online and gets the same answer as a mismatch, with the support form under it
        boolean emailOfRecord = directory
                .customers()
                .findByCustomerCode(code)
                .map(customer -> customer.email() != null && !customer.email().isBlank())
                .orElse(false);
        return pair.matched() && emailOfRecord;
    }

    private static ClaimAbuseLimits limits(AuthenticationFlowContext context, ClaimVerifyConfig config) {
        return new ClaimAbuseLimits(
                context.getSession().getProvider(RateLimiter.class),
                config,
                ClientNetwork.rateLimitKey(context.getConnection().getRemoteAddr()));
    }

    /** The verify page again with the errors; a failure for the flow, so the attempt is audited as one. */
    private static void refuse(
            AuthenticationFlowContext context,
            MultivaluedMap<String, String> input,
            List<FormMessage> errors,
            boolean captcha,
            Response.Status status) {
        LoginFormsProvider form = form(context, input, captcha).setErrors(errors);
        if (status != null) {
            form.setStatus(status);
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form.createForm(TEMPLATE));
    }

    private static LoginFormsProvider form(
            AuthenticationFlowContext context, MultivaluedMap<String, String> input, boolean captcha) {
        ClaimVerifyConfig config = new ClaimVerifyConfig(context.getAuthenticatorConfig());
        LoginFormsProvider form = context.form()
                .setAttribute("askInvoiceNumber", config.proofOfPossession() == ProofOfPossession.INVOICE_NUMBER)
                .setAttribute("askName", config.askName())
                .setAttribute("askPhone", config.askPhone());
        if (captcha) {
            // a new challenge on every render: each one is accepted once
            form.setAttribute(
                    ProofOfWorkService.TEMPLATE_ATTRIBUTE,
                    context.getSession()
                            .getProvider(ProofOfWorkService.class)
                            .issue(ProofOfWorkBinding.authSession(context.getAuthenticationSession())));
        }
        if (input != null) {
            // the tax ID and the invoice number are not echoed back: a wrong one must be typed again, and neither
            // ever sits in a page
            form.setAttribute(ClaimVerifyForm.CUSTOMER_CODE, input.getFirst(ClaimVerifyForm.CUSTOMER_CODE));
            form.setAttribute(ClaimVerifyForm.NAME, input.getFirst(ClaimVerifyForm.NAME));
            form.setAttribute(ClaimVerifyForm.PHONE, input.getFirst(ClaimVerifyForm.PHONE));
        }
        return form;
    }
}
