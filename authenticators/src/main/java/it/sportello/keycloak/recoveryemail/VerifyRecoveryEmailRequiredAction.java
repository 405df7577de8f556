package it.sportello.keycloak.recoveryemail;

import it.sportello.keycloak.contactcode.ContactCodeRequiredAction;
import it.sportello.keycloak.contactcode.ContactCodeSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.UserModel;

/**
 * Adds, changes or removes the account's verified backup email address ({@code recoveryEmail} attribute): the address
 * (never the account's own primary one), then a 6-digit code mailed to it (single-use, 10 minutes, 3 tries, at most 3
 * codes per account per hour, counted cluster-wide), and only then the attribute is written. Removing needs the
 * signed-in session only. Each change is an {@code UPDATE_PROFILE} event with {@code sportello_recovery_email} =
 * {@code changed} or {@code removed}, which the notification listener turns into a notice to the primary address (the
 * new address is not told about the account beyond the code mail). The steps are {@link ContactCodeRequiredAction}'s.
 */
final class VerifyRecoveryEmailRequiredAction extends ContactCodeRequiredAction<RecoveryEmailAddress> {

    static final String TEMPLATE = "sportello-verify-recovery-email.ftl";
    static final String MAIL_TEMPLATE = "sportello-recovery-email-code.ftl";
    /** The code mail's subject, in the sportello email theme's bundles. */
    static final String MAIL_SUBJECT = "sportelloRecoveryEmailCodeSubject";

    static final String ADDRESS = "recoveryEmail";
    static final String CODE = "emailCode";
    /** Template attribute: which step is shown. */
    static final String ATTR_STEP = "recoveryEmailStep";
    /** Code mail attributes: the code and its lifetime in minutes. */
    static final String ATTR_MAIL_CODE = "recoveryEmailCode";

    static final String ATTR_MAIL_MINUTES = "recoveryEmailCodeMinutes";
    /** Event detail read by the notification listener. */
    static final String DETAIL = "sportello_recovery_email";

    static final Duration LIFETIME = Duration.ofMinutes(10);

    static final ContactCodeSettings SETTINGS = new ContactCodeSettings(
            TEMPLATE,
            RecoveryEmailAddress.ATTRIBUTE,
            ADDRESS,
            CODE,
            ATTR_STEP,
            "address",
            // template attributes: the current and the pending address, masked
            "recoveryEmailCurrent",
            "recoveryEmailPending",
            DETAIL,
            "sportello_verify_recovery_email_code_refused",
            // auth notes: the pending address, the code's prefix; then the rate-limit scope
            "sportello.verify-recovery-email.pending",
            "sportello.verify-recovery-email.code.",
            "verify-recovery-email-account",
            // lifetime, wrong tries per code, codes per account per hour
            LIFETIME,
            3,
            3,
            new ContactCodeSettings.Messages(
                    VerifyRecoveryEmailMessages.TOO_MANY_CODES,
                    VerifyRecoveryEmailMessages.SEND_FAILED,
                    VerifyRecoveryEmailMessages.CODE_REQUIRED,
                    VerifyRecoveryEmailMessages.CODE_WRONG,
                    VerifyRecoveryEmailMessages.CODE_EXHAUSTED,
                    VerifyRecoveryEmailMessages.CODE_EXPIRED));

    private static final Logger LOG = Logger.getLogger(VerifyRecoveryEmailRequiredAction.class);

    VerifyRecoveryEmailRequiredAction() {
        super(SETTINGS);
    }

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
    protected String refusalFor(Optional<RecoveryEmailAddress> typed, UserModel user) {
        return refusal(typed, user.getEmail());
    }

    @Override
    protected Optional<RecoveryEmailAddress> parse(String raw) {
        return RecoveryEmailAddress.parse(raw);
    }

    @Override
    protected boolean removable(UserModel user) {
        // any stored value, even one that no longer parses, can be removed
        return user.getFirstAttribute(RecoveryEmailAddress.ATTRIBUTE) != null;
    }

    @Override
    protected boolean deliver(RequiredActionContext context, RecoveryEmailAddress address, String code) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTR_MAIL_CODE, code);
        attributes.put(ATTR_MAIL_MINUTES, LIFETIME.toMinutes());
        try {
            context.getSession()
                    .getProvider(EmailTemplateProvider.class)
                    .setRealm(context.getRealm())
                    .setUser(context.getUser())
                    .setAuthenticationSession(context.getAuthenticationSession())
                    .send(MAIL_SUBJECT, List.of(), MAIL_TEMPLATE, attributes, address.value());
            return true;
        } catch (EmailException e) {
            event(context).detail(DETAIL, "send-failed").error("sportello_verify_recovery_email_mail_failed");
            // the type only: the message may quote the address
            LOG.warnf("Backup address code mail not sent (%s)", e.getClass().getName());
            return false;
        }
    }
}
