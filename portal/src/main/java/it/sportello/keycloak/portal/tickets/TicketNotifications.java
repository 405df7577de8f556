package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.CustomerDirectory;
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
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;

/**
 * Emails about a portal ticket, to the customer and to the ticket's contacts, through the realm's email theme (the
 * {@code sportello} theme's {@code sportello-ticket-created.ftl}, {@code sportello-ticket-status.ftl} and
 * {@code sportello-ticket-answer.ftl}) and SMTP settings. Every recipient, the customer included, is addressed as a
 * transient {@link LightweightUserAdapter} with the address, name and language read now, never stored.
 *
 * <p>The mails are sent only once the request's transaction has committed ({@code enlistAfterCompletion}): a ticket
 * change that is rolled back announces nothing, and the sending reads no database. The realm is set on the session's
 * context while sending, because the email theme is the context realm's and an admin request's context may carry the
 * admin's realm (master) instead of the ticket's.
 *
 * <p>The mails carry the ticket number, category and status only, never the subject, description or messages:
 * contacts are addresses the customer typed, and the portal must not become a way to send chosen words to strangers.
 */
public final class TicketNotifications {

    static final String CREATED_TEMPLATE = "sportello-ticket-created.ftl";
    static final String STATUS_TEMPLATE = "sportello-ticket-status.ftl";
    static final String ANSWER_TEMPLATE = "sportello-ticket-answer.ftl";

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
        send(
                ticket,
                customer,
                ticketLocale(ticket, fallbackLocale),
                PortalMessages.MAIL_TICKET_STATUS_SUBJECT,
                STATUS_TEMPLATE);
    }

    /** After an operator's message: the customer and every contact are told there is an answer to read. */
    public void answered(TicketRecord ticket, UserModel customer, Locale fallbackLocale) {
        send(
                ticket,
                customer,
                ticketLocale(ticket, fallbackLocale),
                PortalMessages.MAIL_TICKET_ANSWER_SUBJECT,
                ANSWER_TEMPLATE);
    }

    /** The name shown next to a message: first and last name, else the username. */
    public static String displayName(UserModel user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    /** The language the customer opened the ticket in, else {@code fallback}. */
    static Locale ticketLocale(TicketRecord ticket, Locale fallback) {
        return ticket.locale() == null ? fallback : Locale.forLanguageTag(ticket.locale());
    }

    private void send(TicketRecord ticket, UserModel customer, Locale locale, String subjectKey, String template) {
        List<UserModel> recipients = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        UserModel customerCopy = null;
        if (customer != null && customer.getEmail() != null && addresses.add(lower(customer.getEmail()))) {
            customerCopy = recipient(customer.getEmail(), locale);
            customerCopy.setFirstName(customer.getFirstName());
            customerCopy.setLastName(customer.getLastName());
            recipients.add(customerCopy);
        }
        for (String contact : ticket.contacts()) {
            if (addresses.add(lower(contact))) {
                recipients.add(recipient(contact, locale));
            }
        }
        String number = ticket.number() == null ? ticket.id() : ticket.number().toString();
        // read now, in the request's transaction: the mails go out after commit and read no database
        String categoryLabel = categoryLabel(ticket.category(), locale);
        List<Mail> mails = new ArrayList<>();
        for (UserModel recipient : recipients) {
            // processTemplate adds its own entries to the map, so it must be mutable
            Map<String, Object> attributes = new HashMap<>();
            // the customer opened the ticket; a contact is told that someone named them
            attributes.put("ticketToCustomer", recipient == customerCopy);
            attributes.put("ticketNumber", number);
            attributes.put("ticketCategory", ticket.category());
            if (categoryLabel != null) {
                attributes.put("ticketCategoryLabel", categoryLabel);
            }
            attributes.put("ticketStatus", ticket.status().name());
            mails.add(new Mail(recipient, number, subjectKey, template, attributes));
        }
        AfterCommit afterCommit = new AfterCommit(number, mails);
        if (session.getTransactionManager().isActive()) {
            session.getTransactionManager().enlistAfterCompletion(afterCommit);
        } else {
            // no transaction of this session will commit (a task outside a request): nothing to wait for
            LOG.debugf("Ticket %s: no active transaction, notifications sent now", number);
            afterCommit.commit();
        }
    }

    /**
     * The request type's label as the CRM names it in the language, or null (a type the CRM no longer lists, or the
     * support form's): the template then takes the label from the message bundle.
     */
    private String categoryLabel(String category, Locale locale) {
        try {
            return session.getProvider(CustomerDirectory.class)
                    .ticketOptions()
                    .requestType(category)
                    .map(type -> type.label(locale))
                    .orElse(null);
        } catch (RuntimeException e) {
            // a mail without the CRM's label is better than no mail
            LOG.debugf(
                    "Request type %s: no label from the CRM (%s)",
                    category, e.getClass().getSimpleName());
            return null;
        }
    }

    private UserModel recipient(String email, Locale locale) {
        UserModel recipient = new LightweightUserAdapter(session, realm, null);
        recipient.setEmail(email);
        recipient.setSingleAttribute(UserModel.LOCALE, locale.toLanguageTag());
        return recipient;
    }

    private boolean deliver(Mail mail) {
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(mail.recipient())
                    .send(
                            mail.subjectKey(),
                            List.<Object>of(mail.number()),
                            mail.template(),
                            mail.attributes(),
                            mail.recipient().getEmail());
            return true;
        } catch (EmailException | RuntimeException e) {
            // the SMTP server's answer may quote the address: the failure's kind only
            LOG.warnf(
                    "Notification about ticket %s could not be sent (%s)",
                    mail.number(), e.getClass().getSimpleName());
            return false;
        }
    }

    private static String lower(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private record Mail(
            UserModel recipient, String number, String subjectKey, String template, Map<String, Object> attributes) {}

    /** Sends the mails when the request's transaction commits; nothing when it rolls back. */
    private final class AfterCommit extends AbstractKeycloakTransaction {

        private final String number;
        private final List<Mail> mails;

        AfterCommit(String number, List<Mail> mails) {
            this.number = number;
            this.mails = List.copyOf(mails);
        }

        @Override
        public void commit() {
            if (!isActive()) {
                begin();
            }
            super.commit();
        }

        @Override
        protected void commitImpl() {
            RealmModel contextRealm = session.getContext().getRealm();
            session.getContext().setRealm(realm);
            try {
                long sent =
                        mails.stream().filter(TicketNotifications.this::deliver).count();
                LOG.infof("Ticket %s: %d of %d notification(s) sent", number, sent, mails.size());
            } finally {
                session.getContext().setRealm(contextRealm);
            }
        }

        @Override
        protected void rollbackImpl() {
            LOG.infof("Ticket %s: %d notification(s) dropped, the change was rolled back", number, mails.size());
        }
    }
}
