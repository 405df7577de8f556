package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityQuestionAnswerTest {

    @Test
    void parseWhenApostropheAndAccentsOrCapitalsThenSameAnswer() {
        assertThat(SecurityQuestionAnswer.parse("Sant’Agata"))
                .isPresent()
                .isEqualTo(SecurityQuestionAnswer.parse("SANT AGATA"))
                .isEqualTo(SecurityQuestionAnswer.parse("sant'agata"))
                .isEqualTo(SecurityQuestionAnswer.parse("  Sànt  Agàta "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sant’Agata|sant agata",
                "  Via   Roma\t12  |via roma 12",
                "Forlì-Cesena|forli cesena",
                "Niccolò Ü. Çelik|niccolo u celik",
                "MÜLLER|muller",
                "Fiat 500 (1972)!|fiat 500 1972",
                "Ｆｉａｔ　Ｐａｎｄａ|fiat panda",
                "İstanbul|istanbul",
                "l’Aquila,,,  d’Abruzzo|l aquila d abruzzo"
            })
    void normalizeWhenTypedVariantsThenCanonicalForm(String typed, String expected) {
        assertThat(SecurityQuestionAnswer.normalize(typed)).isEqualTo(expected);
    }

    @Test
    void parseWhenDifferentWordsThenDifferentAnswers() {
        assertThat(SecurityQuestionAnswer.parse("Rossi")).isNotEqualTo(SecurityQuestionAnswer.parse("Russo"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ab", " A! ", "!!!???", "’’’", "-a-"})
    void parseWhenEmptyOrShorterThanThreeAfterNormalizingThenEmpty(String typed) {
        assertThat(SecurityQuestionAnswer.parse(typed)).isEmpty();
    }

    @Test
    void parseWhenExactlyThreeCharactersThenValid() {
        assertThat(SecurityQuestionAnswer.parse("a b")).isPresent();
        assertThat(SecurityQuestionAnswer.parse("Ugo")).isPresent();
    }

    @Test
    void parseWhenHundredCharactersThenValidAndWhenHundredOneThenEmpty() {
        assertThat(SecurityQuestionAnswer.parse("a".repeat(100))).isPresent();
        assertThat(SecurityQuestionAnswer.parse("a".repeat(101))).isEmpty();
    }

    @Test
    void parseWhenLongOnlyBeforeNormalizingThenLengthCountedAfter() {
        // 148 typed characters, 99 once the accent and the run of spaces are gone
        String typed = "È" + " ".repeat(50) + "b".repeat(97);

        assertThat(SecurityQuestionAnswer.parse(typed)).isPresent();
    }

    @Test
    void parseWhenInputBeyondInputLimitThenEmptyWithoutNormalizing() {
        assertThat(SecurityQuestionAnswer.parse(" ".repeat(SecurityQuestionAnswer.MAX_INPUT_LENGTH) + "abc"))
                .isEmpty();
    }

    @Test
    void toStringWhenAnswerThenRedacted() {
        SecurityQuestionAnswer answer =
                SecurityQuestionAnswer.parse("Sant’Agata").orElseThrow();

        assertThat(answer.toString()).doesNotContainIgnoringCase("agata").contains("redacted");
    }
}
