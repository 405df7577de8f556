package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void ibanShownOnlyWithCountryAndLastFourCharacters() {
        Iban iban = Iban.parse("IT60X0542811101000000123456").orElseThrow();

        assertThat(iban.masked()).isEqualTo("IT** **** **** 3456");
    }

    @Test
    void maskedIbanHasTheSameShapeWhateverTheLength() {
        String italian = Iban.parse("IT60X0542811101000000123456").orElseThrow().masked();
        String german = Iban.parse("DE89370400440532013000").orElseThrow().masked();

        assertThat(german).isEqualTo("DE** **** **** 3000");
        assertThat(german).hasSameSizeAs(italian);
    }

    @Test
    void ibanStoredWithSpacesOrLowerCaseThenSameMaskedValue() {
        assertThat(Iban.parse(" it60 x054 2811 1010 0000 0123 456 ")
                        .orElseThrow()
                        .masked())
                .isEqualTo("IT** **** **** 3456");
    }

    @Test
    void ibanNeverWhollyInItsTextForm() {
        Iban iban = Iban.parse("IT60X0542811101000000123456").orElseThrow();

        assertThat(iban.toString()).doesNotContain("0542811101").contains("3456");
    }

    @Test
    void notAnIbanThenNothingToShow() {
        assertThat(Iban.parse(null)).isEmpty();
        assertThat(Iban.parse("")).isEmpty();
        assertThat(Iban.parse("1234")).isEmpty();
        assertThat(Iban.parse("IT60")).isEmpty();
        assertThat(Iban.parse("ITXX0542811101000000123456")).isEmpty();
    }
}
