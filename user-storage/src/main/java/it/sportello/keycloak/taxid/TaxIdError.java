package it.sportello.keycloak.taxid;

/** Why {@link TaxId#parse(String)} rejected an input; each reason has the message key shown to the user. */
public enum TaxIdError {
    /** Nothing but blanks or separators. */
    EMPTY(TaxIdMessages.MISSING),
    /** Neither 11 digits nor 16 characters laid out as a codice fiscale, or characters outside letters and digits. */
    INVALID_FORMAT(TaxIdMessages.INVALID_FORMAT),
    /** Codice fiscale whose 9th character is not one of the month letters ABCDEHLMPRST. */
    INVALID_MONTH(TaxIdMessages.INVALID_MONTH),
    /** Codice fiscale whose day is not 1-31 (men) or 41-71 (women), or not in the month (30 February). */
    INVALID_DAY(TaxIdMessages.INVALID_DAY),
    /** The check character (codice fiscale) or check digit (partita IVA) does not match the rest. */
    INVALID_CHECKSUM(TaxIdMessages.INVALID_CHECKSUM),
    /** Partita IVA made of zeros only, which would otherwise pass the check digit. */
    ALL_ZEROS(TaxIdMessages.ALL_ZEROS),
    /** Partita IVA whose digits 8-10 are not a provincial office code (001-100, 120, 121, 888, 999). */
    INVALID_OFFICE_CODE(TaxIdMessages.INVALID_OFFICE_CODE);

    private final String messageKey;

    TaxIdError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Message key in the bundles shipped with this jar (see {@link TaxIdMessages}). */
    public String messageKey() {
        return messageKey;
    }
}
