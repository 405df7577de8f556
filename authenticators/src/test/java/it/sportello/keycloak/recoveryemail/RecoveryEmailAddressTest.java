package it.sportello.keycloak.recoveryemail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryEmailAddressTest {

    @Test
    void parseWhenValidThenTrimmedAndKept() {
        assertThat(RecoveryEmailAddress.parse("  Mario.Rossi@Example.org "))
                .hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("Mario.Rossi@Example.org"));
    }

    @Test
    void parseWhenBlankMalformedOrTooLongThenEmpty() {
        assertThat(RecoveryEmailAddress.parse(null)).isEmpty();
        assertThat(RecoveryEmailAddress.parse("   ")).isEmpty();
        assertThat(RecoveryEmailAddress.parse("mario.rossi")).isEmpty();
        assertThat(RecoveryEmailAddress.parse("mario@")).isEmpty();
        assertThat(RecoveryEmailAddress.parse("a b@example.org")).isEmpty();
        assertThat(RecoveryEmailAddress.parse("m".repeat(250) + "@example.org")).isEmpty();
    }

    @Test
    void sameAsIgnoresCaseAndBlanks() {
        RecoveryEmailAddress address =
                RecoveryEmailAddress.parse("Mario@Example.org").orElseThrow();
        assertThat(address.sameAs(" mario@example.ORG ")).isTrue();
        assertThat(address.sameAs("maria@example.org")).isFalse();
        assertThat(address.sameAs(null)).isFalse();
        assertThat(address)
                .isEqualTo(RecoveryEmailAddress.parse("MARIO@example.org").orElseThrow());
    }

    @Test
    void maskedAndToStringHideTheLocalPart() {
        RecoveryEmailAddress address =
                RecoveryEmailAddress.parse("mario@example.org").orElseThrow();
        assertThat(address.masked()).isEqualTo("m****@example.org");
        assertThat(address.toString()).doesNotContain("mario");
        assertThat(RecoveryEmailAddress.parse("m@example.org").orElseThrow().masked())
                .isEqualTo("m*@example.org");
    }

    @Test
    void refusalWhenInvalidOrThePrimaryAddressThenItsMessageElseNone() {
        assertThat(VerifyRecoveryEmailRequiredAction.refusal(Optional.empty(), "mario@example.org"))
                .isEqualTo(VerifyRecoveryEmailMessages.ADDRESS_INVALID);
        assertThat(VerifyRecoveryEmailRequiredAction.refusal(
                        RecoveryEmailAddress.parse("MARIO@example.org"), "mario@example.org"))
                .isEqualTo(VerifyRecoveryEmailMessages.ADDRESS_IS_PRIMARY);
        assertThat(VerifyRecoveryEmailRequiredAction.refusal(
                        RecoveryEmailAddress.parse("mario.backup@example.net"), "mario@example.org"))
                .isNull();
        assertThat(VerifyRecoveryEmailRequiredAction.refusal(RecoveryEmailAddress.parse("mario@example.org"), null))
                .isNull();
    }
}
