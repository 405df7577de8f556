package it.sportello.keycloak.taxid;

/**
 * Message keys of the tax-ID parsing and validators, resolved in {@code theme-resources/messages} of this jar, which
 * Keycloak adds to every theme (login, account, admin).
 */
public final class TaxIdMessages {

    public static final String MISSING = "sportelloTaxIdMissing";
    public static final String INVALID_FORMAT = "sportelloTaxIdInvalidFormat";
    public static final String INVALID_FORMAT_PERSON = "sportelloTaxIdInvalidFormatPerson";
    public static final String INVALID_FORMAT_COMPANY = "sportelloTaxIdInvalidFormatCompany";
    public static final String INVALID_MONTH = "sportelloTaxIdInvalidMonth";
    public static final String INVALID_DAY = "sportelloTaxIdInvalidDay";
    public static final String INVALID_CHECKSUM = "sportelloTaxIdInvalidChecksum";
    public static final String ALL_ZEROS = "sportelloTaxIdAllZeros";
    public static final String INVALID_OFFICE_CODE = "sportelloTaxIdInvalidOfficeCode";

    /** Label and help of the {@code kinds} option of {@code sportello-tax-id} in the admin console. */
    public static final String VALIDATOR_KINDS = "sportelloTaxIdValidatorKinds";

    public static final String VALIDATOR_KINDS_HELP = "sportelloTaxIdValidatorKindsHelp";

    private TaxIdMessages() {}
}
