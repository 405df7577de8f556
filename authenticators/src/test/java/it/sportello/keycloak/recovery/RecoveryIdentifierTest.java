package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryIdentifierTest {

    @Test
    void parseWhenCustomerCodeInAnyCaseWithSpacesThenLowerCaseUsername() {
        RecoveryIdentifier identifier = RecoveryIdentifier.parse("  c0001 ").orElseThrow();

        assertThat(identifier.isEmail()).isFalse();
        assertThat(identifier.email()).isEmpty();
        assertThat(identifier.usernames()).containsExactly("c0001");
        assertThat(RecoveryIdentifier.parse("C0001").orElseThrow().usernames()).containsExactly("c0001");
    }

    @Test
    void parseWhenCodeCopiedWithSeparatorsThenAlsoTriedAsCustomerCode() {
        assertThat(RecoveryIdentifier.parse("C 00-01").orElseThrow().usernames())
                .containsExactly("c 00-01", "c0001");
        assertThat(RecoveryIdentifier.parse("c.0001").orElseThrow().usernames()).containsExactly("c.0001", "c0001");
    }

    @Test
    void counterKeyWhenOneNameTypedInDifferentWaysThenOneKey() {
        assertThat(RecoveryIdentifier.parse("C 00-01").orElseThrow().counterKey())
                .isEqualTo(RecoveryIdentifier.parse("c0001").orElseThrow().counterKey())
                .isEqualTo("c0001");
        assertThat(RecoveryIdentifier.parse(" Mario.Rossi@Example.com")
                        .orElseThrow()
                        .counterKey())
                .isEqualTo("mario.rossi@example.com");
    }

    @Test
    void parseWhenNotACustomerCodeThenOnlyTheUsernameAsTyped() {
        assertThat(RecoveryIdentifier.parse("Demo").orElseThrow().usernames()).containsExactly("demo");
        assertThat(RecoveryIdentifier.parse("mario_rossi").orElseThrow().usernames())
                .containsExactly("mario_rossi");
    }

    @Test
    void parseWhenEmailInAnyCaseThenLowerCaseEmailAlsoTriedAsUsername() {
        RecoveryIdentifier identifier =
                RecoveryIdentifier.parse(" Mario.Rossi@EXAMPLE.com ").orElseThrow();

        assertThat(identifier.isEmail()).isTrue();
        assertThat(identifier.email()).contains("mario.rossi@example.com");
        assertThat(identifier.usernames()).containsExactly("mario.rossi@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "c0001\u0000", "line\nbreak", "tab\tin"})
    void parseWhenBlankOrControlCharactersThenEmpty(String input) {
        assertThat(RecoveryIdentifier.parse(input)).isEmpty();
    }

    @Test
    void parseWhenNullOrLongerThanAnEmailAddressThenEmpty() {
        assertThat(RecoveryIdentifier.parse(null)).isEmpty();
        assertThat(RecoveryIdentifier.parse("a".repeat(RecoveryIdentifier.MAX_LENGTH)))
                .isPresent();
        assertThat(RecoveryIdentifier.parse("a".repeat(RecoveryIdentifier.MAX_LENGTH + 1)))
                .isEmpty();
    }

    @Test
    void toStringWhenPrintedThenRedacted() {
        assertThat(RecoveryIdentifier.parse("mario.rossi@example.com").orElseThrow())
                .hasToString("RecoveryIdentifier[redacted]");
    }
}
