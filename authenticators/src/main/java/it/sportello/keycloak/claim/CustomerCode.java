package it.sportello.keycloak.claim;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer code as printed on the invoice, parsed once from a form: spaces, dots and dashes dropped, upper case.
 * Never logged ({@link #toString()} is redacted).
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
