package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.CustomerCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a visitor typed into the reset page's one field, parsed once: an email address (it has an {@code @}; compared
 * without regard to case) or a username, for customers their customer code (case does not matter, and spaces, dots and
 * dashes copied from the invoice are dropped). Never logged ({@link #toString()} is redacted).
 */
final class RecoveryIdentifier {

    /** The longest email address SMTP allows; longer input cannot name any account. */
    static final int MAX_LENGTH = 254;

    private final String email;
    private final List<String> usernames;

    private RecoveryIdentifier(String email, List<String> usernames) {
        this.email = email;
        this.usernames = usernames;
    }

    /** The identifier, or empty when the input is blank, too long or holds control characters. */
    static Optional<RecoveryIdentifier> parse(String input) {
        String trimmed = input == null ? "" : input.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || hasControlCharacter(trimmed)) {
            return Optional.empty();
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.indexOf('@') >= 0) {
            // a username may look like an email address too (realms with email as username)
            return Optional.of(new RecoveryIdentifier(lower, List.of(lower)));
        }
        List<String> usernames = new ArrayList<>(List.of(lower));
        CustomerCode.parse(trimmed)
                .map(code -> code.value().toLowerCase(Locale.ROOT))
                .filter(code -> !code.equals(lower))
                .ifPresent(usernames::add);
        return Optional.of(new RecoveryIdentifier(null, List.copyOf(usernames)));
    }

    /** Whether the input was an email address. */
    boolean isEmail() {
        return email != null;
    }

    /** The email address in lower case, or empty for a username. */
    Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Usernames to look up, in order (Keycloak usernames are lower case): as typed, then as a customer code. */
    List<String> usernames() {
        return usernames;
    }

    /**
     * One key per account name however it was typed (the email in lower case, or the customer code in its normal
     * form), for the counters of the choose-user page; hashed by the rate limiter, never logged.
     */
    String counterKey() {
        return email != null ? email : usernames.get(usernames.size() - 1);
    }

    private static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return "RecoveryIdentifier[redacted]";
    }
}
