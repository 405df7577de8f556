package it.sportello.keycloak.taxid;

/**
 * The rules of a partita IVA (and of the numeric codice fiscale, which follows them), applied to 11 ASCII digits:
 * digits 1-7 are the registration number, 8-10 the provincial office, 11 the Luhn check digit.
 */
final class PartitaIvaCheck {

    static final int LENGTH = 11;

    private PartitaIvaCheck() {}

    /** The first rule the value breaks, or {@code null} when it is a valid partita IVA. */
    static TaxIdError check(String value) {
        if (value.chars().allMatch(c -> c == '0')) {
            return TaxIdError.ALL_ZEROS;
        }
        if (!isOfficeCode(Integer.parseInt(value.substring(7, 10)))) {
            return TaxIdError.INVALID_OFFICE_CODE;
        }
        if (checkDigit(value) != value.charAt(10) - '0') {
            return TaxIdError.INVALID_CHECKSUM;
        }
        return null;
    }

    /**
     * Luhn over the first ten digits: digits in odd positions (1st, 3rd, ...) count as they are, those in even positions
     * are doubled, less 9 when the double exceeds 9; the check digit brings the sum to a multiple of ten.
     */
    static int checkDigit(String value) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int digit = value.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Provincial offices 001-100 and the special codes 120, 121, 888 and 999 used by the Agenzia delle Entrate. */
    private static boolean isOfficeCode(int office) {
        return (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888 || office == 999;
    }
}
