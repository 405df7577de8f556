package it.sportello.keycloak.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * A change to how a user signs in or is reached, as read off Keycloak's events: the account's owner gets one notice per
 * change (ASVS 6.3.7). Keycloak 26.7 reports several changes twice in one request (a credential update as both
 * {@code UPDATE_CREDENTIAL} and a deprecated {@code UPDATE_PASSWORD}/{@code UPDATE_TOTP}/{@code REMOVE_TOTP}; an email
 * change as {@code UPDATE_EMAIL} and, from the account REST API, {@code UPDATE_PROFILE}); both map to the same change,
 * which {@link AccountChangeBatch} counts once.
 *
 * @param previousEmail for {@link Kind#EMAIL_CHANGED}, the address before the change (the notice goes there); else null
 * @param time milliseconds since the epoch, as in the event
 * @param languageTag the language the user was using when they made the change, for the email; null for the default
 * @param supportUrl the public support form of the realm, null when the realm switched it off
 */
record AccountChange(
        Kind kind,
        String realmId,
        String userId,
        String clientId,
        long time,
        String ipAddress,
        String previousEmail,
        String languageTag,
        String supportUrl) {

    /** What changed; each kind has its own email. */
    enum Kind {
        PASSWORD_CHANGED,
        EMAIL_CHANGED,
        OTP_ADDED,
        OTP_REMOVED,
        SECURITY_QUESTION_SET,
        ACCOUNT_CLAIMED,
        MOBILE_CHANGED,
        MOBILE_REMOVED,
        RECOVERY_EMAIL_CHANGED,
        RECOVERY_EMAIL_REMOVED
    }

    /** Keycloak's detail names of an email change (Details.PREVIOUS_EMAIL, Details.UPDATED_EMAIL). */
    static final String PREVIOUS_EMAIL = "previous_email";

    static final String UPDATED_EMAIL = "updated_email";
    /** Sportello's security question (SecurityQuestionCredentialModel.TYPE). */
    static final String SECURITY_QUESTION_TYPE = "sportello-security-question";
    /** Detail of the verified-mobile required action's events: {@code changed} or {@code removed}. */
    static final String MOBILE_DETAIL = "sportello_mobile";
    /** Detail of the backup-address required action's events: {@code changed} or {@code removed}. */
    static final String RECOVERY_EMAIL_DETAIL = "sportello_recovery_email";

    /** The change the event reports, or empty when it reports none (another event, an error, no user). */
    static Optional<AccountChange> of(Event event) {
        if (event == null || event.getType() == null || event.getError() != null) {
            return Optional.empty();
        }
        if (event.getRealmId() == null || event.getUserId() == null) {
            return Optional.empty();
        }
        String credentialType = detail(event, Details.CREDENTIAL_TYPE);
        Kind kind =
                switch (event.getType()) {
                    case UPDATE_PASSWORD -> Kind.PASSWORD_CHANGED;
                    case UPDATE_TOTP -> Kind.OTP_ADDED;
                    case REMOVE_TOTP -> Kind.OTP_REMOVED;
                    case UPDATE_CREDENTIAL -> updatedCredential(credentialType);
                    case REMOVE_CREDENTIAL -> OTPCredentialModel.TYPE.equals(credentialType) ? Kind.OTP_REMOVED : null;
                    case UPDATE_EMAIL, UPDATE_PROFILE -> emailChanged(event) ? Kind.EMAIL_CHANGED : mobileChange(event);
                        // the realm's registration flow is account claiming: its success names the claimed user, and
                        // says whether the account can be used now (a claim that sent an activation link cannot yet:
                        // its "password changed" notice follows the link)
                    case REGISTER -> "true"
                                    .equals(detail(event, NotificationEventListenerProviderFactory.CLAIM_ACTIVATED))
                            ? Kind.ACCOUNT_CLAIMED
                            : null;
                    default -> null;
                };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new AccountChange(
                kind,
                event.getRealmId(),
                event.getUserId(),
                event.getClientId(),
                event.getTime(),
                event.getIpAddress(),
                kind == Kind.EMAIL_CHANGED ? detail(event, PREVIOUS_EMAIL).strip() : null,
                null,
                null));
    }

    private static Kind updatedCredential(String credentialType) {
        if (PasswordCredentialModel.TYPE.equals(credentialType)) {
            return Kind.PASSWORD_CHANGED;
        }
        if (OTPCredentialModel.TYPE.equals(credentialType)) {
            return Kind.OTP_ADDED;
        }
        return SECURITY_QUESTION_TYPE.equals(credentialType) ? Kind.SECURITY_QUESTION_SET : null;
    }

    /**
     * A verified mobile number or backup address set or removed (the {@code sportello-verify-mobile} and
     * {@code sportello-verify-recovery-email} required actions).
     */
    private static Kind mobileChange(Event event) {
        String change = detail(event, MOBILE_DETAIL);
        if ("changed".equals(change)) {
            return Kind.MOBILE_CHANGED;
        }
        if ("removed".equals(change)) {
            return Kind.MOBILE_REMOVED;
        }
        String recovery = detail(event, RECOVERY_EMAIL_DETAIL);
        if ("changed".equals(recovery)) {
            return Kind.RECOVERY_EMAIL_CHANGED;
        }
        return "removed".equals(recovery) ? Kind.RECOVERY_EMAIL_REMOVED : null;
    }

    /** An address was replaced by another one (a first address, or the same one in other case, is no change). */
    private static boolean emailChanged(Event event) {
        String previous = detail(event, PREVIOUS_EMAIL);
        String updated = detail(event, UPDATED_EMAIL);
        if (previous == null || previous.isBlank()) {
            return false;
        }
        return updated == null
                || !previous.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(updated.strip().toLowerCase(Locale.ROOT));
    }

    AccountChange withRequestContext(String tag, String support) {
        return new AccountChange(kind, realmId, userId, clientId, time, ipAddress, previousEmail, tag, support);
    }

    /** The key under which one change is counted once: the same kind of change of the same user in the same realm. */
    String key() {
        return realmId + '\u0000' + userId + '\u0000' + kind;
    }

    /** Never shows the previous address. */
    @Override
    public String toString() {
        return "AccountChange[" + kind + ", user " + userId + "]";
    }

    private static String detail(Event event, String name) {
        Map<String, String> details = event.getDetails();
        return details == null ? null : details.get(name);
    }
}
