package it.sportello.keycloak.mobile;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import it.sportello.keycloak.contactcode.VerifiableContact;
import java.util.Optional;

/**
 * A mobile phone number, parsed once from what a customer typed (Italian numbers without a country code by default)
 * and held in E.164 ({@code +393331234567}), the form the SMS gateways and the {@code mobile} user attribute use.
 *
 * <p>{@link #toString()} shows the country code and the last three digits only: a phone number is personal data and
 * must not reach logs whole.
 */
public final class MobileNumber implements VerifiableContact {

    /** Region of numbers typed without a country code. */
    public static final String DEFAULT_REGION = "IT";

    /** Longer input is not a phone number; not worth parsing. */
    static final int MAX_INPUT_LENGTH = 32;

    private static final int VISIBLE_DIGITS = 3;

    private final String e164;
    private final int countryCode;

    private MobileNumber(String e164, int countryCode) {
        this.e164 = e164;
        this.countryCode = countryCode;
    }

    /**
     * The number when {@code raw} is a valid mobile (or a number that may be one, as in countries that do not tell
     * them apart) in its region; empty for anything else: blank, too long, not a number, a landline.
     */
    public static Optional<MobileNumber> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber number;
        try {
            number = util.parse(raw.strip(), DEFAULT_REGION);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (!util.isValidNumber(number)) {
            return Optional.empty();
        }
        PhoneNumberType type = util.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return Optional.empty();
        }
        return Optional.of(new MobileNumber(util.format(number, PhoneNumberFormat.E164), number.getCountryCode()));
    }

    /** The number as stored and sent: {@code +} and digits only. */
    public String e164() {
        return e164;
    }

    @Override
    public String attributeValue() {
        return e164;
    }

    /** Digits only, without the {@code +}: for addresses and templates that do not take the sign. */
    public String digits() {
        return e164.substring(1);
    }

    /** For pages and mails: the country code and the last digits, the rest hidden ({@code +39 ******567}). */
    @Override
    public String masked() {
        String prefix = "+" + countryCode;
        int hidden = e164.length() - prefix.length() - VISIBLE_DIGITS;
        return prefix + " " + "*".repeat(Math.max(0, hidden)) + e164.substring(e164.length() - VISIBLE_DIGITS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MobileNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return "MobileNumber[" + masked() + "]";
    }
}
