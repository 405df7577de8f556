package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

    @Test
    void parseDropsSeparatorsAndIgnoresCase() {
        InvoiceNumber typed = InvoiceNumber.parse(" ft 2026/000106 ").orElseThrow();

        assertThat(typed.matches("FT2026-000106")).isTrue();
        assertThat(typed.matches("FT2026.000106")).isTrue();
        assertThat(typed.matches("FT2026-000107")).isFalse();
        assertThat(typed.matches("FT2026-0001060")).isFalse();
        assertThat(typed.matches(null)).isFalse();
    }

    @Test
    void parseRefusesBlankTooLongAndMarkup() {
        assertThat(InvoiceNumber.parse(null)).isEmpty();
        assertThat(InvoiceNumber.parse(" - ")).isEmpty();
        assertThat(InvoiceNumber.parse("F1")).isEmpty();
        assertThat(InvoiceNumber.parse("F".repeat(33))).isEmpty();
        assertThat(InvoiceNumber.parse("1".repeat(65))).isEmpty();
        assertThat(InvoiceNumber.parse("<script>")).isEmpty();
        assertThat(InvoiceNumber.parse("FT' OR '1'='1")).isEmpty();
    }

    @Test
    void toStringNeverShowsTheNumber() {
        assertThat(InvoiceNumber.parse("FT2026-000106").orElseThrow().toString())
                .doesNotContain("2026")
                .doesNotContain("000106");
    }
}
