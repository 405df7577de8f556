package it.sportello.keycloak.notification;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Sends the notice through the realm's email theme in a session of its own, since it runs after the request's
 * transaction completed. The password change keeps its template ({@value #PASSWORD_TEMPLATE}); every other change uses
 * {@value #TEMPLATE} with the subject and body keys of its kind. Recipients:
 *
 * <ul>
 *   <li>an email change: the previous address (the new one may be an attacker's); the new address is not named;
 *   <li>a claimed account: the account's address, verified or not (the claim has just set it), and only once the
 *       account can be used: a claim that sent an activation link has no password yet, and its notice is the
 *       password confirmation after the link was used;
 *   <li>any other change: the account's address, only when verified, like Keycloak's own event emails (an unverified
 *       address may belong to someone else).
 * </ul>
 */
final class EmailAccountChangeMailer implements AccountChangeMailer {

    static final String PASSWORD_TEMPLATE = "sportello-password-changed.ftl";
    static final String PASSWORD_SUBJECT = "sportelloPasswordChangedSubject";
    static final String TEMPLATE = "sportello-account-changed.ftl";
    /** Template attributes: when the change happened, from which address, the message keys, the support form. */
    static final String ATTR_CHANGED_AT = "passwordChangedAt";

    static final String ATTR_IP_ADDRESS = "passwordChangedFrom";
    static final String ATTR_BODY_KEY = "accountChangeBodyKey";
    static final String ATTR_SUPPORT_URL = "accountChangeSupportUrl";

    private static final Logger LOG = Logger.getLogger(EmailAccountChangeMailer.class);

    private final KeycloakSessionFactory sessionFactory;
    private final HttpRequest request;

    /** @param request the request that made the change, for the links and the language of the email */
    EmailAccountChangeMailer(KeycloakSessionFactory sessionFactory, HttpRequest request) {
        this.sessionFactory = sessionFactory;
        this.request = request;
    }

    /** The message key prefix of a kind: {@code sportelloAccountChange<Kind>Subject}, {@code ...Body}, {@code ...BodyHtml}. */
    static String messagePrefix(AccountChange.Kind kind) {
        StringBuilder name = new StringBuilder("sportelloAccountChange");
        for (String word : kind.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    @Override
    public void send(AccountChange change) {
        KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> send(session, change));
    }

    private void send(KeycloakSession session, AccountChange change) {
        RealmModel realm = session.realms().getRealm(change.realmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        if (change.clientId() != null) {
            ClientModel client = realm.getClientByClientId(change.clientId());
            session.getContext().setClient(client);
        }
        if (request != null) {
            session.getContext().setHttpRequest(request);
        }
        if (change.languageTag() != null) {
            // Keycloak's locale selector reads the user's choice from here when there is no authentication session
            session.setAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE, change.languageTag());
        }
        UserModel user = session.users().getUserById(realm, change.userId());
        if (user == null) {
            return;
        }
        String recipient = recipient(change, user);
        if (recipient == null) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTR_CHANGED_AT, new Date(change.time()));
        attributes.put(ATTR_IP_ADDRESS, change.ipAddress() == null ? "" : change.ipAddress());
        attributes.put(ATTR_SUPPORT_URL, change.supportUrl() == null ? "" : change.supportUrl());
        String prefix = messagePrefix(change.kind());
        attributes.put(ATTR_BODY_KEY, prefix + "Body");
        EmailTemplateProvider email =
                session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user);
        try {
            if (change.kind() == AccountChange.Kind.PASSWORD_CHANGED) {
                email.send(PASSWORD_SUBJECT, List.of(), PASSWORD_TEMPLATE, attributes);
            } else if (change.kind() == AccountChange.Kind.EMAIL_CHANGED) {
                // to the previous address, through the same theme and language as the others
                email.send(prefix + "Subject", List.of(), TEMPLATE, attributes, recipient);
            } else {
                email.send(prefix + "Subject", List.of(), TEMPLATE, attributes);
            }
        } catch (EmailException e) {
            // the user id only: the address and the exception's message stay out of the log
            LOG.warnf(
                    "Account change notice %s to user %s could not be sent (%s)",
                    change.kind(), user.getId(), e.getClass().getName());
        }
    }

    /** The address the notice goes to, or null when this change gets no notice (see the class comment). */
    private static String recipient(AccountChange change, UserModel user) {
        switch (change.kind()) {
            case EMAIL_CHANGED:
                return change.previousEmail() == null || change.previousEmail().isBlank()
                        ? null
                        : change.previousEmail();
            case ACCOUNT_CLAIMED:
                // only claims that left a usable account are reported as such (see AccountChange#CLAIM_ACTIVATED)
                return user.getEmail();
            default:
                return user.getEmail() != null && user.isEmailVerified() ? user.getEmail() : null;
        }
    }
}
