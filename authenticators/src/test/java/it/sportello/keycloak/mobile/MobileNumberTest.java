package it.sportello.keycloak.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"333 123 4567", "+39 333 1234567", "0039 333-123-4567", "3331234567", " (333) 1234567 "})
    void italianMobileTypedAnyWayIsStoredInE164(String typed) {
        assertThat(MobileNumber.parse(typed))
                .hasValueSatisfying(m -> assertThat(m.e164()).isEqualTo("+393331234567"));
    }

    @Test
    void foreignMobileWithCountryCodeKeepsItsCountry() {
        // a Romanian mobile (07xx), typed with its country code
        assertThat(MobileNumber.parse("+40 721 234 567"))
                .hasValueSatisfying(m -> assertThat(m.e164()).isEqualTo("+40721234567"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "abc", "12", "06 6982 1234", "+39 02 1234 5678", "333123456789012345678901234567890"})
    void blankMalformedTooLongOrLandlineIsNoMobile(String typed) {
        assertThat(MobileNumber.parse(typed)).isEmpty();
    }

    @Test
    void nullIsNoMobile() {
        assertThat(MobileNumber.parse(null)).isEmpty();
    }

    @Test
    void toStringAndMaskShowOnlyTheCountryAndTheLastDigits() {
        MobileNumber number = MobileNumber.parse("3331234567").orElseThrow();
        assertThat(number.toString()).doesNotContain("3331234").contains("567");
        assertThat(number.masked()).isEqualTo("+39 *******567");
        assertThat(number.digits()).isEqualTo("393331234567");
    }

    @Test
    void equalByE164Only() {
        assertThat(MobileNumber.parse("333 1234567")).isEqualTo(MobileNumber.parse("+393331234567"));
        assertThat(MobileNumber.parse("333 1234567").orElseThrow().hashCode())
                .isEqualTo(MobileNumber.parse("+393331234567").orElseThrow().hashCode());
    }
}
