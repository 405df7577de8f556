package it.sportello.keycloak.taxid;

import java.time.Month;
import java.util.List;

/**
 * The rules of a person's codice fiscale (DM 23 December 1976), applied to a normalized 16-character value: layout,
 * birth month and day, and the check character computed with the official odd/even tables.
 */
final class CodiceFiscaleCheck {

    static final int LENGTH = 16;

    private static final int MONTH_POSITION = 8;
    private static final int CHECK_POSITION = 15;

    /** Month letters, January to December. */
    private static final String MONTHS = "ABCDEHLMPRST";

    /** Omocodia: the letter that replaces each digit 0-9 when two people would otherwise share a code. */
    private static final String OMOCODIA = "LMNPQRSTUV";

    /** Women have 40 added to their day of birth. */
    private static final int FEMALE_DAY_OFFSET = 40;

    /**
     * Value of a character in an odd position (1st, 3rd, ... counting from one), indexed by A-Z; digit d counts as the
     * d-th letter.
     */
    private static final List<Integer> ODD_VALUES =
            List.of(1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23);

    private CodiceFiscaleCheck() {}

    /** The first rule the value breaks, or {@code null} when it is a valid codice fiscale. */
    static TaxIdError check(String value) {
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean fits = isNumericPosition(i) ? digitValue(c) >= 0 : isLetter(c);
            if (!fits) {
                return TaxIdError.INVALID_FORMAT;
            }
        }
        int month = MONTHS.indexOf(value.charAt(MONTH_POSITION)) + 1;
        if (month == 0) {
            return TaxIdError.INVALID_MONTH;
        }
        int year = numberAt(value, 6);
        int day = numberAt(value, 9);
        if (!isPossibleDay(day, month, year)) {
            return TaxIdError.INVALID_DAY;
        }
        if (checkCharacter(value) != value.charAt(CHECK_POSITION)) {
            return TaxIdError.INVALID_CHECKSUM;
        }
        return null;
    }

    /** The check character of the first 15 characters, which are already known to be upper-case letters or digits. */
    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < CHECK_POSITION; i++) {
            char c = value.charAt(i);
            int index = c <= '9' ? c - '0' : c - 'A';
            // Index 0 is the 1st character, an odd position in the official tables.
            sum += i % 2 == 0 ? ODD_VALUES.get(index) : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** Year, day and place-number positions: digits, or their omocodia letters. */
    private static boolean isNumericPosition(int i) {
        return i == 6 || i == 7 || i == 9 || i == 10 || (i >= 12 && i <= 14);
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return OMOCODIA.indexOf(c);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static int numberAt(String value, int position) {
        return digitValue(value.charAt(position)) * 10 + digitValue(value.charAt(position + 1));
    }

    /**
     * Day 1-31 for men, 41-71 for women, and within the month. The century is not in the code, so 29 February is
     * accepted in every year divisible by four, 00 included (2000 was a leap year).
     */
    private static boolean isPossibleDay(int day, int month, int twoDigitYear) {
        int dayOfMonth = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
        boolean leapYear = twoDigitYear % 4 == 0;
        return dayOfMonth >= 1 && dayOfMonth <= Month.of(month).length(leapYear);
    }
}
