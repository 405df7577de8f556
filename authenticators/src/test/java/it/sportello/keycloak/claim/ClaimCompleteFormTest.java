package it.sportello.keycloak.claim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.utils.FormMessage;

class ClaimCompleteFormTest {

    private static final ClaimCompleteConfig SELF_SERVICE_WITHOUT_QUESTION =
            config(Map.of(ClaimCompleteConfig.SECURITY_QUESTION, "false"));

    @Test
    void completeWhenCrmHoldsAnEmailThenThatAddressIsUsedAndATypedOneIgnored() {
        Claimant claimant = new Claimant("C0001", "mario@example.com");
        MultivaluedMap<String, String> input =
                input("email", "attacker@example.com", "password", "pw", "password-confirm", "pw");

        ClaimCompleteForm form = ClaimCompleteForm.read(input, claimant, SELF_SERVICE_WITHOUT_QUESTION);

        assertThat(form.email()).isEqualTo("mario@example.com");
        assertThat(form.selfService()).isTrue();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void completeWhenNoEmailOfRecordThenTheTypedAddressIsCheckedAndNoPasswordAsked() {
        Claimant claimant = new Claimant("C0002", null);

        ClaimCompleteForm missing = ClaimCompleteForm.read(input(), claimant, SELF_SERVICE_WITHOUT_QUESTION);
        ClaimCompleteForm typed =
                ClaimCompleteForm.read(input("email", "  new@example.com "), claimant, SELF_SERVICE_WITHOUT_QUESTION);

        assertThat(missing.errors()).extracting(FormMessage::getMessage).containsExactly(ClaimMessages.EMAIL_REQUIRED);
        assertThat(typed.email()).isEqualTo("new@example.com");
        // a typed address always gets the activation link: no password on this page
        assertThat(typed.selfService()).isFalse();
        assertThat(typed.errors()).isEmpty();
    }

    @Test
    void completeWhenSelfServiceThenPasswordMustBeGivenTwiceAlike() {
        Claimant claimant = new Claimant("C0001", "mario@example.com");

        ClaimCompleteForm mismatch = ClaimCompleteForm.read(
                input("password", "one", "password-confirm", "two"), claimant, SELF_SERVICE_WITHOUT_QUESTION);

        assertThat(mismatch.errors())
                .extracting(FormMessage::getField)
                .containsExactly(ClaimCompleteForm.PASSWORD_CONFIRM);
    }

    private static ClaimCompleteConfig config(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(values);
        return new ClaimCompleteConfig(model);
    }

    private static MultivaluedMap<String, String> input(String... pairs) {
        MultivaluedMap<String, String> input = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            input.add(pairs[i], pairs[i + 1]);
        }
        return input;
    }
}
