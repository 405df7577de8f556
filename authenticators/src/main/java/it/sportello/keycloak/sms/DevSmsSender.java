package it.sportello.keycloak.sms;

import it.sportello.keycloak.mobile.MobileNumber;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The {@code dev} sender, for the demo and development: no gateway, each SMS becomes a plain-text mail to
 * {@code sms-<digits>@<mailDomain>} through the realm's own SMTP settings, so the demo's mail viewer (which catches
 * every mail) shows the SMS next to the mails. Nothing is logged but the masked number.
 */
final class DevSmsSender implements SmsSender {

    static final String PROVIDER = DevSmsSenderFactory.PROVIDER_ID;
    /** Not a page: the subject of a development mail, read by developers in the demo's viewer. */
    static final String SUBJECT_PREFIX = "SMS ";

    private static final Logger LOG = Logger.getLogger(DevSmsSender.class);

    private final KeycloakSession session;
    private final DevSmsConfig config;
    private final boolean chosen;

    /** @param chosen whether the server chose this sender by name; otherwise it sends nothing */
    DevSmsSender(KeycloakSession session, DevSmsConfig config, boolean chosen) {
        this.session = session;
        this.config = config;
        this.chosen = chosen;
    }

    @Override
    public boolean available() {
        return chosen;
    }

    /** The address the SMS to {@code to} is mailed to. */
    static String address(MobileNumber to, DevSmsConfig config) {
        return "sms-" + to.digits() + "@" + config.mailDomain();
    }

    @Override
    public void send(MobileNumber to, String text) throws SmsDeliveryException {
        if (!chosen) {
            // the SPI's default, not the server's choice: no SMS leaves this server
            throw new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.NOT_CONFIGURED, 0);
        }
        RealmModel realm = session.getContext().getRealm();
        if (realm == null
                || realm.getSmtpConfig() == null
                || realm.getSmtpConfig().isEmpty()) {
            throw new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.NOT_CONFIGURED, 0);
        }
        try {
            session.getProvider(EmailSenderProvider.class)
                    .send(realm.getSmtpConfig(), address(to, config), SUBJECT_PREFIX + to.e164(), text, null);
        } catch (EmailException e) {
            throw new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.UNREACHABLE, 0);
        }
        LOG.infof("sportello-sms dev: SMS to %s handed to the realm's mail server", to.masked());
    }
}
