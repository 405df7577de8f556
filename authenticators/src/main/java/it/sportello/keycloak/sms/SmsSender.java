package it.sportello.keycloak.sms;

import it.sportello.keycloak.mobile.MobileNumber;
import org.keycloak.provider.Provider;

/**
 * Sends one text message, obtained with {@code session.getProvider(SmsSender.class)}: the {@code sportello-sms} SPI,
 * provider chosen with {@code --spi-sportello-sms--provider=dev|http|twilio}. Used for the codes of the verified mobile
 * number and the reset by SMS. Callers build the text from their message bundle; the sender adds nothing to it.
 */
public interface SmsSender extends Provider {

    /**
     * Hands the text to the gateway and returns once it accepted it.
     *
     * @throws SmsDeliveryException when it did not, with a reason and never a secret, the number or the text
     */
    void send(MobileNumber to, String text) throws SmsDeliveryException;

    /**
     * Whether this sender reaches phones as configured: false for the {@code dev} sender unless the server chose it
     * by name. Pages offer an SMS only when true (the reset form's choice, the claim's mobile step).
     */
    default boolean available() {
        return true;
    }

    @Override
    default void close() {}
}
