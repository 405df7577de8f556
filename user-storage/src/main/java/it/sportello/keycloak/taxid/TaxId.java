package it.sportello.keycloak.taxid;

import java.util.Objects;

/**
 * An Italian tax ID read once from user input (claim form, profile attribute, admin search) and passed on as a value:
 * either a person's 16-character codice fiscale or an 11-digit partita IVA, which is also the numeric codice fiscale of
 * companies and other non-person entities. Instances exist only through {@link #parse(String)}, so they are always
 * normalized and valid.
 *
 * <p>{@link #toString()} never shows the value: tax IDs are personal data and must not reach logs.
 */
public final class TaxId {

    /** What the ID identifies, told apart by its shape alone. */
    public enum Kind {
        /** 16 letters and digits: a natural person. */
        CODICE_FISCALE_PERSON,
        /** 11 digits: a partita IVA, or the numeric codice fiscale of a company. */
        PARTITA_IVA
    }

    /** Longer input is refused before normalizing, so a hostile form post costs nothing to reject. */
    static final int MAX_INPUT_LENGTH = 64;

    private static final String VAT_COUNTRY_PREFIX = "IT";

    private final Kind kind;
    private final String value;

    private TaxId(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Normalizes and checks the input. Spaces, dots and dashes are dropped, letters upper-cased, and an {@code IT} VAT
     * prefix in front of 11 digits removed. Ordinary bad input gives an invalid result, never an exception.
     */
    public static TaxIdParseResult parse(String input) {
        if (input == null || input.isBlank()) {
            return TaxIdParseResult.invalid(TaxIdError.EMPTY, null);
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            return TaxIdParseResult.invalid(TaxIdError.INVALID_FORMAT, null);
        }
        String compact = compact(input);
        if (compact == null) {
            return TaxIdParseResult.invalid(TaxIdError.INVALID_FORMAT, null);
        }
        if (compact.isEmpty()) {
            return TaxIdParseResult.invalid(TaxIdError.EMPTY, null);
        }
        if (compact.length() == PartitaIvaCheck.LENGTH + VAT_COUNTRY_PREFIX.length()
                && compact.startsWith(VAT_COUNTRY_PREFIX)
                && isAllDigits(compact.substring(VAT_COUNTRY_PREFIX.length()))) {
            compact = compact.substring(VAT_COUNTRY_PREFIX.length());
        }
        if (compact.length() == PartitaIvaCheck.LENGTH && isAllDigits(compact)) {
            return result(Kind.PARTITA_IVA, compact, PartitaIvaCheck.check(compact));
        }
        if (compact.length() == CodiceFiscaleCheck.LENGTH) {
            return result(Kind.CODICE_FISCALE_PERSON, compact, CodiceFiscaleCheck.check(compact));
        }
        return TaxIdParseResult.invalid(TaxIdError.INVALID_FORMAT, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The normalized ID: upper case, no separators, no country prefix. */
    public String value() {
        return value;
    }

    public boolean isPerson() {
        return kind == Kind.CODICE_FISCALE_PERSON;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxId that && kind == that.kind && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return "TaxId[kind=" + kind + ", value=***]";
    }

    private static TaxIdParseResult result(Kind kind, String compact, TaxIdError error) {
        return error == null ? TaxIdParseResult.valid(new TaxId(kind, compact)) : TaxIdParseResult.invalid(error, kind);
    }

    /**
     * Upper-case ASCII letters and digits without separators, or {@code null} when another character is present.
     * Upper-casing is ASCII-only on purpose: {@link String#toUpperCase} would turn "ß" into "SS" or "ı" into "I" and let
     * a different string pass as a valid ID.
     */
    private static String compact(String input) {
        StringBuilder compact = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= 'a' && c <= 'z') {
                compact.append((char) (c - 'a' + 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                compact.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        return compact.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '.'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static boolean isAllDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
