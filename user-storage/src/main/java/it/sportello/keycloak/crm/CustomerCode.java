package it.sportello.keycloak.crm;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer code: the key of a customer in the CRM, upper case. Parsed once at the edge, from a form
 * ({@link #parse}) or from where Keycloak keeps it ({@link #stored}), and passed on as this type. Never logged
 * ({@link #toString()} is redacted).
 */
public final class CustomerCode {

    static final int MAX_INPUT_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");

    private final String value;

    private CustomerCode(String value) {
        this.value = value;
    }

    /** The code, or empty when the input is blank, too long or not letters and digits. */
    public static Optional<CustomerCode> parse(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String normalized = SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new CustomerCode(normalized)) : Optional.empty();
    }

    /**
     * A code as the CRM or Keycloak stores it (a federated username is the code in lower case): trimmed and
     * upper-cased only. No separator is dropped and no format imposed, so a stored code always finds its own row.
     */
    public static Optional<CustomerCode> stored(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new CustomerCode(value.trim().toUpperCase(Locale.ROOT)));
    }

    /** The code as the CRM stores it. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerCode[redacted]";
    }
}
