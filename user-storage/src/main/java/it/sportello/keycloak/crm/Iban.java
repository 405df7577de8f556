package it.sportello.keycloak.crm;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IBAN of a SEPA direct-debit mandate as the CRM stores it. Sportello never shows nor logs it whole: the portal
 * gets {@link #masked()} only (country code and the last four characters, the rest in a fixed shape, so that not even
 * the length shows), and {@link #toString()} is redacted.
 */
public final class Iban {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}");
    private static final Pattern SPACES = Pattern.compile("\\s");

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /** The IBAN, spaces removed and upper case; empty when blank or not shaped like an IBAN. */
    public static Optional<Iban> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String normalized = SPACES.matcher(stored).replaceAll("").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new Iban(normalized)) : Optional.empty();
    }

    /** For example {@code IT** **** **** 1234}: the country and the last four characters, whatever the length. */
    public String masked() {
        return value.substring(0, 2) + "** **** **** " + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Iban[" + masked() + "]";
    }
}
