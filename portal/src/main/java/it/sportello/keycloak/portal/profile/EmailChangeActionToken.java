package it.sportello.keycloak.portal.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The link of a verified email change asked for with {@code PUT /portal/me/contact}: the user, the address it had when
 * the change was asked for (the link dies once the address changed in between) and the new address, which is written
 * only when the link is followed. Single use; the realm's lifespan for user-initiated action tokens.
 */
public final class EmailChangeActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "sportello-email-change";

    @JsonProperty("newemail")
    private String newEmail;

    EmailChangeActionToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        // DefaultActionToken's email: checked against the user's current address when the link is followed
        setEmail(oldEmail);
        this.newEmail = newEmail;
    }

    /** For the JSON reader. */
    @SuppressWarnings("unused")
    private EmailChangeActionToken() {}

    public String getNewEmail() {
        return newEmail;
    }
}
