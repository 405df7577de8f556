package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class ResetChooseUserFormTest {

    @Test
    void channelWhenOfferedThenTheChosenOneElseTheEmailedLink() {
        assertThat(ResetChooseUserForm.channel(channel("recovery-email"), true, true))
                .isEqualTo(ResetChannel.CHANNEL_RECOVERY_EMAIL);
        assertThat(ResetChooseUserForm.channel(channel("sms"), true, true)).isEqualTo(ResetChannel.CHANNEL_SMS);
        // a channel the page does not offer is the primary address's link, whatever the request says
        assertThat(ResetChooseUserForm.channel(channel("recovery-email"), true, false))
                .isEqualTo(ResetChannel.CHANNEL_EMAIL);
        assertThat(ResetChooseUserForm.channel(channel("sms"), false, true)).isEqualTo(ResetChannel.CHANNEL_EMAIL);
        assertThat(ResetChooseUserForm.channel(channel("other"), true, true)).isEqualTo(ResetChannel.CHANNEL_EMAIL);
        assertThat(ResetChooseUserForm.channel(form("C0001"), true, true)).isEqualTo(ResetChannel.CHANNEL_EMAIL);
    }

    private static MultivaluedMap<String, String> channel(String value) {
        MultivaluedMap<String, String> input = form("C0001");
        input.add(ResetChooseUserForm.CHANNEL, value);
        return input;
    }

    @Test
    void readWhenFieldMissingOrBlankThenRequiredMessageOnTheField() {
        for (MultivaluedMap<String, String> input : new MultivaluedMap[] {form(null), form("   ")}) {
            ResetChooseUserForm form = ResetChooseUserForm.read(input);

            assertThat(form.isValid()).isFalse();
            assertThat(form.isMissing()).isTrue();
            assertThat(form.errors())
                    .extracting(FormMessage::getField, FormMessage::getMessage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            ResetChooseUserForm.IDENTIFIER, RecoveryMessages.IDENTIFIER_REQUIRED));
        }
    }

    @Test
    void readWhenTooLongThenInvalidMessageAndNothingEchoed() {
        ResetChooseUserForm form = ResetChooseUserForm.read(form("x".repeat(300)));

        assertThat(form.isValid()).isFalse();
        assertThat(form.isMissing()).isFalse();
        assertThat(form.errors())
                .extracting(FormMessage::getMessage)
                .containsExactly(RecoveryMessages.IDENTIFIER_INVALID);
        assertThat(form.echo()).isEmpty();
    }

    @Test
    void readWhenCodeGivenThenValidIdentifierAndTrimmedEcho() {
        ResetChooseUserForm form = ResetChooseUserForm.read(form("  C0001 "));

        assertThat(form.isValid()).isTrue();
        assertThat(form.errors()).isEmpty();
        assertThat(form.identifier().usernames()).containsExactly("c0001");
        assertThat(form.echo()).isEqualTo("C0001");
    }

    @Test
    void readWhenTaxIdAskedThenMalformedOneIsAFieldErrorAndAGoodOneIsNormalized() {
        MultivaluedMap<String, String> input = form("C0004");
        input.add(ResetChooseUserForm.TAX_ID, "VRDGPP80C15H501X");
        ResetChooseUserForm wrongCheck = ResetChooseUserForm.read(input, true);

        assertThat(wrongCheck.isValid()).isFalse();
        assertThat(wrongCheck.errors()).extracting(FormMessage::getField).containsExactly(ResetChooseUserForm.TAX_ID);
        assertThat(ResetChooseUserForm.read(form("C0004"), true).isValid())
                .as("the tax ID is required when asked")
                .isFalse();
        assertThat(ResetChooseUserForm.read(form("C0004"), false).isValid()).isTrue();

        MultivaluedMap<String, String> good = form("C0004");
        good.add(ResetChooseUserForm.TAX_ID, " vrd gpp 80c15 h501m ");
        ResetChooseUserForm form = ResetChooseUserForm.read(good, true);
        assertThat(form.isValid()).isTrue();
        assertThat(form.taxId().value()).isEqualTo("VRDGPP80C15H501M");
    }

    private static MultivaluedMap<String, String> form(String value) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (value != null) {
            form.add(ResetChooseUserForm.IDENTIFIER, value);
        }
        return form;
    }
}
