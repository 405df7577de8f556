package it.sportello.keycloak.verifymobile;

import it.sportello.keycloak.contactcode.ContactCodeRequiredAction;
import it.sportello.keycloak.contactcode.ContactCodeSettings;
import it.sportello.keycloak.mobile.MobileAttributes;
import it.sportello.keycloak.mobile.MobileNumber;
import it.sportello.keycloak.sms.SmsDeliveryException;
import it.sportello.keycloak.sms.SmsSender;
import it.sportello.keycloak.sms.SmsTexts;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;

/**
 * Adds, changes or removes the account's verified mobile ({@code mobile} attribute, E.164): the number, then a 6-digit
 * code sent to it by SMS (single-use, 5 minutes, 3 tries, at most 3 codes per account per hour, counted cluster-wide),
 * and only then the attribute is written. Removing needs the signed-in session only. Each change is an
 * {@code UPDATE_PROFILE} event with {@code sportello_mobile} = {@code changed} or {@code removed}, which the
 * notification listener turns into a notice to the account's email address. The steps are
 * {@link ContactCodeRequiredAction}'s.
 */
final class VerifyMobileRequiredAction extends ContactCodeRequiredAction<MobileNumber> {

    static final String TEMPLATE = "sportello-verify-mobile.ftl";
    static final String NUMBER = "mobileNumber";
    static final String CODE = "smsCode";
    /** Template attribute: which step is shown ({@code number}, {@code code}, {@code remove}). */
    static final String ATTR_STEP = "verifyMobileStep";

    /** Event detail read by the notification listener. */
    static final String DETAIL_MOBILE = "sportello_mobile";

    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** {@code kc_action=sportello-verify-mobile:remove}: the console's "Remove" asks to confirm the removal only. */
    static final String PARAMETER_REMOVE = "remove";
    /** Template attribute: the number pre-filled on the number page (the CRM's phone when it is a mobile). */
    static final String ATTR_SUGGESTED = "verifyMobileSuggested";
    /** The CRM's phone, as the federation and the claim store it on the account. */
    static final String PHONE = "phone";

    static final ContactCodeSettings SETTINGS = new ContactCodeSettings(
            TEMPLATE,
            MobileAttributes.MOBILE,
            NUMBER,
            CODE,
            ATTR_STEP,
            "number",
            // template attributes: the current and the pending number, masked
            "verifyMobileCurrent",
            "verifyMobilePending",
            DETAIL_MOBILE,
            "sportello_verify_mobile_code_refused",
            // auth notes: the pending number, the code's prefix; then the rate-limit scope
            "sportello.verify-mobile.pending",
            "sportello.verify-mobile.code.",
            "verify-mobile-account",
            // lifetime, wrong tries per code, codes per account per hour
            LIFETIME,
            3,
            3,
            new ContactCodeSettings.Messages(
                    VerifyMobileMessages.TOO_MANY_CODES,
                    VerifyMobileMessages.SEND_FAILED,
                    VerifyMobileMessages.CODE_REQUIRED,
                    VerifyMobileMessages.CODE_WRONG,
                    VerifyMobileMessages.CODE_EXHAUSTED,
                    VerifyMobileMessages.CODE_EXPIRED));

    private static final Logger LOG = Logger.getLogger(VerifyMobileRequiredAction.class);

    VerifyMobileRequiredAction() {
        super(SETTINGS);
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        // the console starts it (kc_action); Keycloak asks for the password again when the sign-in is older than the
        // action's max_auth_age (5 minutes by default), as for any application-initiated action
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        String parameter = context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER);
        if (PARAMETER_REMOVE.equals(parameter)
                && MobileAttributes.verifiedMobile(context.getUser()).isPresent()) {
            context.challenge(
                    contactPage(context).setAttribute(ATTR_STEP, "remove").createForm(TEMPLATE));
            return;
        }
        LoginFormsProvider page = contactPage(context);
        if (MobileAttributes.verifiedMobile(context.getUser()).isEmpty()) {
            // a first number: the one the CRM has, when it is a mobile, typed in already (the customer may change it)
            MobileNumber.parse(context.getUser().getFirstAttribute(PHONE))
                    .ifPresent(suggested -> page.setAttribute(ATTR_SUGGESTED, suggested.e164()));
        }
        context.challenge(page.createForm(TEMPLATE));
    }

    @Override
    protected Optional<MobileNumber> parse(String raw) {
        return MobileNumber.parse(raw);
    }

    @Override
    protected String refusalFor(Optional<MobileNumber> typed, UserModel user) {
        return typed.isEmpty() ? VerifyMobileMessages.NUMBER_INVALID : null;
    }

    @Override
    protected boolean deliver(RequiredActionContext context, MobileNumber number, String code) {
        try {
            String text = SmsTexts.format(
                    context.getSession(),
                    context.getRealm(),
                    context.getUser(),
                    VerifyMobileMessages.SMS_TEXT,
                    code,
                    LIFETIME.toMinutes());
            context.getSession().getProvider(SmsSender.class).send(number, text);
            return true;
        } catch (SmsDeliveryException e) {
            event(context)
                    .detail(DETAIL_MOBILE, "send-failed")
                    .detail("sportello_sms_reason", e.reason().code())
                    .error("sportello_verify_mobile_sms_failed");
            LOG.warnf("Verification code SMS not sent: %s", e.getMessage());
            return false;
        }
    }
}
