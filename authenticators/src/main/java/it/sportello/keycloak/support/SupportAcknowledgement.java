package it.sportello.keycloak.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;

/**
 * The acknowledgement email of a support request: the ticket number, through the realm's email theme (the
 * {@code sportello} theme's {@code sportello-support-ack.ftl}, HTML and text, Italian and English) and the realm's
 * SMTP settings.
 *
 * <p>In Keycloak 26.7 {@code EmailTemplateProvider.send(...)} needs a user even when it is given the address: the
 * templates get a {@code user} bean built from it. The requester has no account, so the mail is addressed to a
 * transient {@link LightweightUserAdapter} that holds only the address and the page's language (so the mail is in the
 * language of the form); it is never stored. The operator's own {@code EmailTemplateProvider}, if any, still applies.
 *
 * <p>The mail carries no text the requester typed, not even the name: anybody can enter any address, and the form
 * must not become a way to send chosen words to strangers.
 */
final class SupportAcknowledgement {

    static final String TEMPLATE = "sportello-support-ack.ftl";
    static final String SUBJECT = "sportelloSupportAckSubject";
    static final String TICKET_NUMBER_ATTRIBUTE = "ticketNumber";

    private static final Logger LOG = Logger.getLogger(SupportAcknowledgement.class);

    private SupportAcknowledgement() {}

    /** Sends the mail; false when it could not be sent (the ticket is stored either way). */
    static boolean send(KeycloakSession session, RealmModel realm, String email, String locale, String ticketNumber) {
        UserModel recipient = new LightweightUserAdapter(session, realm, null);
        recipient.setEmail(email);
        recipient.setSingleAttribute(UserModel.LOCALE, locale);
        // processTemplate adds its own entries to the map, so it must be mutable
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(TICKET_NUMBER_ATTRIBUTE, ticketNumber);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(recipient)
                    .send(SUBJECT, List.<Object>of(ticketNumber), TEMPLATE, attributes, email);
            return true;
        } catch (EmailException | RuntimeException e) {
            // the SMTP server's answer may quote the address: log the failure's kind only
            LOG.warnf(
                    "Acknowledgement of support ticket %s could not be sent (%s%s)",
                    ticketNumber,
                    e.getClass().getSimpleName(),
                    e.getCause() == null
                            ? ""
                            : ", caused by " + e.getCause().getClass().getSimpleName());
            return false;
        }
    }
}
