package it.sportello.keycloak.taxid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing of user input into {@link TaxId}. The sample codes were cross-checked against an independent implementation
 * (python-stdnum's rules ported to JavaScript) when they were written; the generated-code tests below check the
 * algorithms against a second implementation written here from the published tables.
 */
class TaxIdTest {

    @Test
    void parseWhenWellKnownSampleCodiceFiscaleThenValidPerson() {
        TaxIdParseResult result = TaxId.parse("RSSMRA85T10A562S");

        assertThat(result.isValid()).isTrue();
        assertThat(result.error()).isEmpty();
        assertThat(result.taxId()).hasValueSatisfying(taxId -> {
            assertThat(taxId.kind()).isEqualTo(TaxId.Kind.CODICE_FISCALE_PERSON);
            assertThat(taxId.isPerson()).isTrue();
            assertThat(taxId.value()).isEqualTo("RSSMRA85T10A562S");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"RCCMNL83S18D969H", "RSSMRA84B29A562Y", "RSSMRA85A31A562G"})
    void parseWhenValidCodiceFiscaleThenValid(String input) {
        assertValid(input, TaxId.Kind.CODICE_FISCALE_PERSON, input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNCLRA90A41H501F", "VRDNNA75L71F205T"})
    void parseWhenFemaleDayPlusFortyThenValid(String input) {
        assertValid(input, TaxId.Kind.CODICE_FISCALE_PERSON, input);
    }

    @Test
    void parseWhenOmocodiaLetterReplacesLastDigitThenValid() {
        // RSSMRA85T10A562S with its last digit 2 written as N, and the check character recomputed.
        assertValid("RSSMRA85T10A56NH", TaxId.Kind.CODICE_FISCALE_PERSON, "RSSMRA85T10A56NH");
    }

    @Test
    void parseWhenEveryNumericPositionIsOmocodicThenValid() {
        // 85, 10 and 562 of RSSMRA85T10A562S as U R, M L and R S N.
        assertValid("RSSMRAURTMLARSNL", TaxId.Kind.CODICE_FISCALE_PERSON, "RSSMRAURTMLARSNL");
    }

    @Test
    void parseWhenOmocodicFemaleDayThenDayDecodedBeforeCheck() {
        // 29 February 2000 for a woman: day 69 written as S V (6 -> S, 9 -> V).
        assertValid("RSSMRA00B69A562G", TaxId.Kind.CODICE_FISCALE_PERSON, "RSSMRA00B69A562G");
        assertError("RSSMRA00BSVA562G", TaxIdError.INVALID_CHECKSUM);
    }

    @Test
    void parseWhenCheckCharacterWrongThenChecksumError() {
        assertError("RSSMRA85T10A562T", TaxIdError.INVALID_CHECKSUM);
    }

    @Test
    void parseWhenOneCharacterMistypedThenChecksumError() {
        assertError("RSSMRA85T10A563S", TaxIdError.INVALID_CHECKSUM);
        assertError("RSSMRB85T10A562S", TaxIdError.INVALID_CHECKSUM);
    }

    @Test
    void parseWhenMonthLetterNotInTableThenMonthError() {
        // F is not a month letter; the check character R is right for the rest of the code.
        assertError("RSSMRA85F10A562R", TaxIdError.INVALID_MONTH);
    }

    @ParameterizedTest
    @CsvSource({
        "RSSMRA85T00A562R, day 00",
        "RSSMRA85T32A562Y, day 32",
        "RSSMRA85T40A562V, day 40 (woman born on the 0th)",
        "RSSMRA85T72A562C, day 72 (woman born on the 32nd)",
        "RSSMRA85B30A562G, 30 February",
        "RSSMRA85B29A562Z, 29 February 1985",
        "RSSMRA85D31A562M, 31 April"
    })
    void parseWhenDayImpossibleThenDayError(String input, String why) {
        assertError(input, TaxIdError.INVALID_DAY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMR185T10A562S", // digit in the name letters
                "RSSMRAX5T10A562S", // X is not an omocodia letter
                "RSSMRA85T1WA562S", // W is not an omocodia letter
                "RSSMRA85T101562S", // digit where the place letter goes
                "RSSMRA85T10A5621", // digit as check character
                "RSSMRA85910A562S" // digit where the month letter goes
            })
    void parseWhenCodiceFiscaleLayoutWrongThenFormatErrorAsCodiceFiscale(String input) {
        TaxIdParseResult result = TaxId.parse(input);

        assertThat(result.error()).contains(TaxIdError.INVALID_FORMAT);
        assertThat(result.detectedKind()).contains(TaxId.Kind.CODICE_FISCALE_PERSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA85T10A562", // 15 characters
                "RSSMRA85T10A562SS", // 17 characters
                "0074311015", // 10 digits
                "007431101570", // 12 digits
                "ITRSSMRA85T10A562S", // VAT prefix on a codice fiscale
                "0074311015A", // 11 characters, not all digits
                "IT0074311015" // VAT prefix on 10 digits
            })
    void parseWhenLengthFitsNeitherKindThenFormatErrorWithoutKind(String input) {
        TaxIdParseResult result = TaxId.parse(input);

        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).contains(TaxIdError.INVALID_FORMAT);
        assertThat(result.detectedKind()).isEmpty();
        assertThat(result.taxId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S!", "RSSMRA85T10A562S/", "RSSMRA85T10À562S", "RSSMRA85T10A562Ş"})
    void parseWhenCharacterOutsideLettersDigitsAndSeparatorsThenFormatError(String input) {
        assertError(input, TaxIdError.INVALID_FORMAT);
    }

    @Test
    void parseWhenNonAsciiLetterWouldUpperCaseToAsciiThenFormatError() {
        // "ß".toUpperCase() is "SS": a lenient upper-casing would read this as RSSMRA85T10A562S.
        assertError("Rßmra85t10a562s", TaxIdError.INVALID_FORMAT);
        // Dotless ı upper-cases to I.
        assertError("RSSMRA85T10A562ı", TaxIdError.INVALID_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", " - . ", "..."})
    void parseWhenNothingButBlanksOrSeparatorsThenEmptyError(String input) {
        assertError(input, TaxIdError.EMPTY);
    }

    @Test
    void parseWhenInputLongerThanLimitThenFormatError() {
        assertError("RSSMRA85T10A562S" + " ".repeat(TaxId.MAX_INPUT_LENGTH), TaxIdError.INVALID_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rssmra85t10a562s",
                "  RSSMRA85T10A562S  ",
                "RSS MRA 85T10 A562S",
                "rss-mra-85t10-a562s",
                "RSS.MRA.85T10.A562S",
                "RSS\u00a0MRA\u201385T10\u2013A562S" // no-break space and en dash, as pasted from documents
            })
    void parseWhenCodiceFiscaleHasSeparatorsOrLowerCaseThenNormalized(String input) {
        assertValid(input, TaxId.Kind.CODICE_FISCALE_PERSON, "RSSMRA85T10A562S");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "06363391001"})
    void parseWhenValidPartitaIvaThenValidCompany(String input) {
        assertValid(input, TaxId.Kind.PARTITA_IVA, input);
        assertThat(TaxId.parse(input).taxId())
                .hasValueSatisfying(taxId -> assertThat(taxId.isPerson()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345670017", "12345671007", "12345671205", "12345671213", "12345678887", "12345679992"})
    void parseWhenOfficeCodeAtRangeEdgesOrSpecialThenValid(String input) {
        assertValid(input, TaxId.Kind.PARTITA_IVA, input);
    }

    @Test
    void parseWhenPartitaIvaCheckDigitWrongThenChecksumError() {
        assertError("00743110158", TaxIdError.INVALID_CHECKSUM);
        assertThat(TaxId.parse("00743110158").detectedKind()).contains(TaxId.Kind.PARTITA_IVA);
    }

    @Test
    void parseWhenPartitaIvaDigitsSwappedThenChecksumError() {
        assertError("07043110157", TaxIdError.INVALID_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000", "IT00000000000", "000 000 000 00"})
    void parseWhenAllZerosThenAllZerosError(String input) {
        assertError(input, TaxIdError.ALL_ZEROS);
    }

    @ParameterizedTest
    @CsvSource({"12345670009, 000", "12345671015, 101", "12345671197, 119", "12345671221, 122"})
    void parseWhenOfficeCodeNotAssignedThenOfficeCodeError(String input, String office) {
        // The check digit of each input is right, so only the office code is wrong.
        assertError(input, TaxIdError.INVALID_OFFICE_CODE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IT00743110157",
                "it00743110157",
                "IT 00743110157",
                " it 007 431 101 57 ",
                "IT-007.431.101.57",
                "007.431.101.57"
            })
    void parseWhenPartitaIvaHasItPrefixOrSeparatorsThenNormalized(String input) {
        assertValid(input, TaxId.Kind.PARTITA_IVA, "00743110157");
    }

    @Test
    void parseWhenItPrefixOnWrongPartitaIvaThenStillReadAsPartitaIva() {
        TaxIdParseResult result = TaxId.parse("IT 00743110158");

        assertThat(result.error()).contains(TaxIdError.INVALID_CHECKSUM);
        assertThat(result.detectedKind()).contains(TaxId.Kind.PARTITA_IVA);
    }

    @Test
    void parseWhenSameIdWrittenDifferentlyThenEqualValues() {
        assertThat(TaxId.parse("IT 007.431.101.57").taxId())
                .isEqualTo(TaxId.parse("00743110157").taxId());
        assertThat(TaxId.parse("rss mra 85t10 a562s").taxId().orElseThrow())
                .isEqualTo(TaxId.parse("RSSMRA85T10A562S").taxId().orElseThrow())
                .hasSameHashCodeAs(TaxId.parse("RSSMRA85T10A562S").taxId().orElseThrow());
    }

    @Test
    void toStringWhenParsedThenValueNotShown() {
        TaxIdParseResult person = TaxId.parse("RSSMRA85T10A562S");
        TaxIdParseResult company = TaxId.parse("00743110157");
        TaxIdParseResult wrong = TaxId.parse("RSSMRA85T10A562T");

        assertThat(person.toString()).doesNotContain("RSSMRA", "562S");
        assertThat(person.taxId().orElseThrow().toString())
                .contains("CODICE_FISCALE_PERSON")
                .doesNotContain("RSSMRA");
        assertThat(company.toString()).doesNotContain("0074311");
        assertThat(wrong.toString()).contains("INVALID_CHECKSUM").doesNotContain("RSSMRA");
    }

    @Test
    void parseAgreesWithIndependentCodiceFiscaleCheckOnGeneratedCodes() {
        Random random = new Random(20240101L);
        for (int n = 0; n < 2_000; n++) {
            String body = randomCodiceFiscaleBody(random);
            char expected = IndependentCheck.codiceFiscale(body);

            assertThat(TaxId.parse(body + expected).isValid())
                    .as("generated code %s%s", body, expected)
                    .isTrue();
            char wrong = (char) ('A' + (expected - 'A' + 1 + random.nextInt(25)) % 26);
            assertThat(TaxId.parse(body + wrong).error()).contains(TaxIdError.INVALID_CHECKSUM);
        }
    }

    @Test
    void parseAgreesWithIndependentPartitaIvaCheckOnGeneratedNumbers() {
        Random random = new Random(20240102L);
        for (int n = 0; n < 2_000; n++) {
            String body = String.format("%07d%03d", 1 + random.nextInt(9_999_999), 1 + random.nextInt(100));
            int expected = IndependentCheck.partitaIva(body);

            assertThat(TaxId.parse(body + expected).isValid())
                    .as("generated number %s%s", body, expected)
                    .isTrue();
            int wrong = (expected + 1 + random.nextInt(9)) % 10;
            assertThat(TaxId.parse(body + wrong).error()).contains(TaxIdError.INVALID_CHECKSUM);
        }
    }

    private static String randomCodiceFiscaleBody(Random random) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String omocodia = "LMNPQRSTUV";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append(letters.charAt(random.nextInt(26)));
        }
        int year = random.nextInt(100);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
        String numbers = String.format("%02d%02d%03d", year, day, random.nextInt(1000));
        // Any numeric position may carry its omocodia letter instead of the digit.
        StringBuilder digits = new StringBuilder();
        for (char c : numbers.toCharArray()) {
            digits.append(random.nextInt(4) == 0 ? omocodia.charAt(c - '0') : c);
        }
        body.append(digits, 0, 2).append("ABCDEHLMPRST".charAt(month - 1)).append(digits, 2, 4);
        body.append(letters.charAt(random.nextInt(26))).append(digits, 4, 7);
        return body.toString();
    }

    private static void assertValid(String input, TaxId.Kind kind, String normalized) {
        TaxIdParseResult result = TaxId.parse(input);

        assertThat(result.error()).as("error for %s", input).isEmpty();
        assertThat(result.detectedKind()).contains(kind);
        assertThat(result.taxId()).hasValueSatisfying(taxId -> {
            assertThat(taxId.kind()).isEqualTo(kind);
            assertThat(taxId.value()).isEqualTo(normalized);
        });
    }

    private static void assertError(String input, TaxIdError error) {
        TaxIdParseResult result = TaxId.parse(input);

        assertThat(result.isValid()).isFalse();
        assertThat(result.taxId()).isEmpty();
        assertThat(result.error()).contains(error);
    }

    /** A second implementation, written from the published tables rather than from the production code. */
    private static final class IndependentCheck {

        /** Official table for characters in odd positions, as printed: pairs of character and value. */
        private static final Map<Character, Integer> ODD = table("0=1 1=0 2=5 3=7 4=9 5=13 6=15 7=17 8=19 9=21 "
                + "A=1 B=0 C=5 D=7 E=9 F=13 G=15 H=17 I=19 J=21 K=2 L=4 M=18 N=20 O=11 P=3 Q=6 R=8 S=12 T=14 U=16 "
                + "V=10 W=22 X=25 Y=24 Z=23");

        private static Map<Character, Integer> table(String printed) {
            return Arrays.stream(printed.split(" "))
                    .collect(Collectors.toUnmodifiableMap(
                            pair -> pair.charAt(0), pair -> Integer.parseInt(pair.substring(2))));
        }

        static char codiceFiscale(String first15) {
            int sum = 0;
            for (int position = 1; position <= 15; position++) {
                char c = first15.charAt(position - 1);
                int even = Character.isDigit(c) ? c - '0' : "ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(c);
                sum += position % 2 == 1 ? ODD.get(c) : even;
            }
            return "ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(sum % 26);
        }

        /** Plain Luhn, from the right as usually written: the check digit's neighbour is doubled. */
        static int partitaIva(String first10) {
            int sum = 0;
            boolean doubled = true;
            for (int i = first10.length() - 1; i >= 0; i--) {
                int digit = Character.digit(first10.charAt(i), 10);
                int value = doubled ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
                sum += value;
                doubled = !doubled;
            }
            return (10 - sum % 10) % 10;
        }
    }
}
