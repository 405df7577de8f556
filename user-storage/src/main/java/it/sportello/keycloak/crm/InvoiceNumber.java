package it.sportello.keycloak.crm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An invoice number as printed on the invoice, parsed once from a form: spaces, dots, dashes, slashes and underscores
 * dropped, upper case, so that "ft 2026/000106" and "FT2026-000106" are the same number. Numbers stored in the CRM
 * are normalized the same way before they are compared, in constant time. Never logged ({@link #toString()} is
 * redacted): it is the proof of possession of account claiming.
 */
public final class InvoiceNumber {

    static final int MAX_INPUT_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,32}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/_]");

    private final byte[] normalized;
    private final String given;

    private InvoiceNumber(String normalized, String given) {
        this.normalized = normalized.getBytes(StandardCharsets.UTF_8);
        this.given = given;
    }

    /** The number, or empty when the input is blank, too long or not letters and digits once separators are gone. */
    public static Optional<InvoiceNumber> parse(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String normalized = normalize(input);
        return FORMAT.matcher(normalized).matches()
                ? Optional.of(new InvoiceNumber(normalized, input.trim()))
                : Optional.empty();
    }

    /**
     * Whether a number as the CRM stores it is this one. Constant time in the compared bytes: callers compare every
     * candidate, so how long it takes does not tell which one matched, or whether any did.
     */
    public boolean matches(String storedNumber) {
        byte[] stored = normalize(storedNumber == null ? "" : storedNumber).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(normalized, stored);
    }

    /** The number as given, trimmed: the key of an exact lookup, as a link to the invoice's document carries it. */
    public String given() {
        return given;
    }

    private static String normalize(String input) {
        return SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "InvoiceNumber[redacted]";
    }
}
