package it.sportello.keycloak.securityquestion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer to a security question, parsed once from a form and normalized so that what the customer remembers
 * matches what they typed months ago: case, accents, spacing and punctuation do not count ("Sant’Agata" and "SANT
 * AGATA" are the same answer). Only the normalized form is hashed and compared. Never logged ({@link #toString()} is
 * redacted).
 */
public final class SecurityQuestionAnswer {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 100;
    /** Longer input is refused before normalizing, so a pasted novel costs nothing. */
    static final int MAX_INPUT_LENGTH = 500;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Punctuation separates words like a space does: "Sant’Agata" is "sant agata". */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String normalized;

    private SecurityQuestionAnswer(String normalized) {
        this.normalized = normalized;
    }

    /** The answer, or empty when the input is missing, too long, or has fewer than 3 or more than 100 characters. */
    public static Optional<SecurityQuestionAnswer> parse(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String normalized = normalize(input);
        int length = normalized.codePointCount(0, normalized.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH
                ? Optional.of(new SecurityQuestionAnswer(normalized))
                : Optional.empty();
    }

    /**
     * Compatibility decomposition (NFKD: accents split off, and full-width letters, ligatures and non-breaking spaces
     * folded to their plain forms), accents dropped, lower case, then every run of anything but letters and digits
     * becomes one space.
     */
    static String normalize(String input) {
        String decomposed = Normalizer.normalize(input, Normalizer.Form.NFKD);
        // lower case before dropping marks: "İ" lower-cases to "i" plus a combining dot, which goes with the marks
        String lower = decomposed.toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(lower).replaceAll("");
        return SEPARATORS.matcher(unaccented).replaceAll(" ").strip();
    }

    /** The normalized answer: only for hashing, never for display or logs. */
    String normalized() {
        return normalized;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecurityQuestionAnswer answer && answer.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    @Override
    public String toString() {
        return "SecurityQuestionAnswer[redacted]";
    }
}
