package it.sportello.keycloak.recoveryemail;

import it.sportello.keycloak.contactcode.VerifiableContact;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * A backup (recovery) email address, parsed once from what a customer typed (Keycloak's own email validation) and held
 * trimmed; compared with other addresses without regard to case, as mail providers do.
 *
 * <p>{@link #toString()} shows the masked form only: an address is personal data and must not reach logs whole.
 */
public final class RecoveryEmailAddress implements VerifiableContact {

    /** The user-profile attribute that holds the verified address; written only once a code sent to it came back. */
    public static final String ATTRIBUTE = "recoveryEmail";

    /** Keycloak's user-profile limit for an email attribute. */
    static final int MAX_LENGTH = 255;

    private final String value;

    private RecoveryEmailAddress(String value) {
        this.value = value;
    }

    /** The address when {@code raw} is a valid email address; empty for anything else (blank, too long, malformed). */
    public static Optional<RecoveryEmailAddress> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !EmailValidationUtil.isValidEmail(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(new RecoveryEmailAddress(trimmed));
    }

    /** The account's verified backup address; empty when it has none or the stored value is not one. */
    public static Optional<RecoveryEmailAddress> of(UserModel user) {
        return user == null ? Optional.empty() : parse(user.getFirstAttribute(ATTRIBUTE));
    }

    /** The address as stored and mailed to. */
    public String value() {
        return value;
    }

    @Override
    public String attributeValue() {
        return value;
    }

    /** Whether this is {@code other} (the account's primary address, say), ignoring case and surrounding blanks. */
    public boolean sameAs(String other) {
        return other != null && normalized().equals(other.strip().toLowerCase(Locale.ROOT));
    }

    /** For pages: the first letter of the local part and the domain, the rest hidden ({@code m*****@example.com}). */
    @Override
    public String masked() {
        int at = value.lastIndexOf('@');
        String local = value.substring(0, at);
        return local.charAt(0) + "*".repeat(Math.max(1, local.length() - 1)) + value.substring(at);
    }

    private String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryEmailAddress that && normalized().equals(that.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    @Override
    public String toString() {
        return "RecoveryEmailAddress[" + masked() + "]";
    }
}
