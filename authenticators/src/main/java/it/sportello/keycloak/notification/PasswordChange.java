package it.sportello.keycloak.notification;

import java.util.Map;
import java.util.Optional;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * A user's password change, as read off Keycloak's events. Keycloak 26 reports one change twice: the update-password
 * required action (which also serves the reset flow and the account console) emits {@code UPDATE_CREDENTIAL} with
 * {@code credential_type=password} and the deprecated {@code UPDATE_PASSWORD}. Both map to the same change, which
 * {@link PasswordChangeBatch} then counts once.
 *
 * @param time milliseconds since the epoch, as in the event
 * @param languageTag the language the user was using when they changed it, for the email; null for the realm's default
 */
record PasswordChange(String realmId, String userId, String clientId, long time, String ipAddress, String languageTag) {

    /** The change the event reports, or empty when it reports none (another credential, an error, no user). */
    static Optional<PasswordChange> of(Event event) {
        if (event == null || event.getType() == null || event.getError() != null) {
            return Optional.empty();
        }
        if (event.getRealmId() == null || event.getUserId() == null) {
            return Optional.empty();
        }
        boolean passwordChange =
                switch (event.getType()) {
                    case UPDATE_PASSWORD -> true;
                    case UPDATE_CREDENTIAL -> PasswordCredentialModel.TYPE.equals(
                            detail(event, Details.CREDENTIAL_TYPE));
                    default -> false;
                };
        if (!passwordChange) {
            return Optional.empty();
        }
        return Optional.of(new PasswordChange(
                event.getRealmId(),
                event.getUserId(),
                event.getClientId(),
                event.getTime(),
                event.getIpAddress(),
                null));
    }

    PasswordChange withLanguageTag(String tag) {
        return new PasswordChange(realmId, userId, clientId, time, ipAddress, tag);
    }

    /** The key under which one change is counted once: the same user in the same realm. */
    String key() {
        return realmId + '\u0000' + userId;
    }

    private static String detail(Event event, String name) {
        Map<String, String> details = event.getDetails();
        return details == null ? null : details.get(name);
    }
}
