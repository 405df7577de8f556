package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.portal.PortalMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;

/**
 * Emails about a portal ticket, to the customer and to the ticket's contacts, through the realm's email theme (the
 * {@code sportello} theme's {@code sportello-ticket-created.ftl} and {@code sportello-ticket-status.ftl}, Italian and
 * English) and SMTP settings. Contacts have no account: each is addressed as a transient
 * {@link LightweightUserAdapter} with the address and the customer's language, never stored.
 *
 * <p>The mails carry the ticket number, category and status only, never the subject or description: contacts are
 * addresses the customer typed, and the portal must not become a way to send chosen words to strangers.
 */
public final class TicketNotifications {

    static final String CREATED_TEMPLATE = "sportello-ticket-created.ftl";
    static final String STATUS_TEMPLATE = "sportello-ticket-status.ftl";

    private static final Logger LOG = Logger.getLogger(TicketNotifications.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public TicketNotifications(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** After creation: the customer (if they have an address) and every contact. */
    public void created(TicketRecord ticket, UserModel customer, Locale locale) {
        send(ticket, customer, locale, PortalMessages.MAIL_TICKET_CREATED_SUBJECT, CREATED_TEMPLATE);
    }

    /** After a status change by the back office. */
    public void statusChanged(TicketRecord ticket, UserModel customer, Locale fallbackLocale) {
        Locale locale = ticket.locale() == null ? fallbackLocale : Locale.forLanguageTag(ticket.locale());
        send(ticket, customer, locale, PortalMessages.MAIL_TICKET_STATUS_SUBJECT, STATUS_TEMPLATE);
    }

    private void send(TicketRecord ticket, UserModel customer, Locale locale, String subjectKey, String template) {
        List<UserModel> recipients = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        if (customer != null && customer.getEmail() != null && addresses.add(lower(customer.getEmail()))) {
            recipients.add(customer);
        }
        for (String contact : ticket.contacts()) {
            if (addresses.add(lower(contact))) {
                UserModel recipient = new LightweightUserAdapter(session, realm, null);
                recipient.setEmail(contact);
                recipient.setSingleAttribute(UserModel.LOCALE, locale.toLanguageTag());
                recipients.add(recipient);
            }
        }
        String number = ticket.number() == null ? ticket.id() : ticket.number().toString();
        for (UserModel recipient : recipients) {
            // processTemplate adds its own entries to the map, so it must be mutable
            Map<String, Object> attributes = new HashMap<>();
            // the customer opened the ticket; a contact is told that someone named them
            attributes.put("ticketToCustomer", recipient == customer);
            attributes.put("ticketNumber", number);
            attributes.put("ticketCategory", ticket.category());
            attributes.put("ticketStatus", ticket.status().name());
            try {
                session.getProvider(EmailTemplateProvider.class)
                        .setRealm(realm)
                        .setUser(recipient)
                        .send(subjectKey, List.<Object>of(number), template, attributes, recipient.getEmail());
            } catch (EmailException | RuntimeException e) {
                // the SMTP server's answer may quote the address: the failure's kind only
                LOG.warnf(
                        "Notification about ticket %s could not be sent (%s)",
                        number, e.getClass().getSimpleName());
            }
        }
    }

    private static String lower(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
