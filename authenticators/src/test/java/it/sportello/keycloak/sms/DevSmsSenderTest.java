package it.sportello.keycloak.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.mobile.MobileNumber;
import org.junit.jupiter.api.Test;

/**
 * The {@code dev} sender is the SPI's default provider, yet it sends only when the server chose it by name: a
 * production server that chose no sender offers no SMS and mails no code anywhere.
 */
class DevSmsSenderTest {

    private static final MobileNumber NUMBER =
            MobileNumber.parse("333 123 4567").orElseThrow();

    @Test
    void devSenderWhenChosenByNameThenAvailable() {
        assertThat(DevSmsSenderFactory.chosenByName("dev")).isTrue();
        assertThat(DevSmsSenderFactory.chosenByName(" dev ")).isTrue();
        assertThat(new DevSmsSender(null, new DevSmsConfig(key -> null), true).available())
                .isTrue();
    }

    @Test
    void devSenderWhenNoSenderChosenThenNotAvailableAndSendsNothing() {
        assertThat(DevSmsSenderFactory.chosenByName(null)).isFalse();
        assertThat(DevSmsSenderFactory.chosenByName("http")).isFalse();
        DevSmsSender sender = new DevSmsSender(null, new DevSmsConfig(key -> null), false);

        assertThat(sender.available()).isFalse();
        // refused before the session is touched (it is null here)
        assertThatThrownBy(() -> sender.send(NUMBER, "text"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.reason())
                        .isEqualTo(SmsDeliveryException.Reason.NOT_CONFIGURED));
    }
}
