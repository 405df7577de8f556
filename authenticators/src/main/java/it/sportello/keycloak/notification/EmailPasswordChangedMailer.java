package it.sportello.keycloak.notification;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
 * Sends the confirmation through the realm's email theme (template {@value #TEMPLATE}, html and text) in a session of
 * its own, since it runs after the request's transaction completed. Only to a verified address, like Keycloak's own
 * event emails: an unverified address may belong to someone else.
 */
final class EmailPasswordChangedMailer implements PasswordChangedMailer {

    static final String TEMPLATE = "sportello-password-changed.ftl";
    static final String SUBJECT = "sportelloPasswordChangedSubject";
    /** Template attributes: when the password was changed, and from which address. */
    static final String ATTR_CHANGED_AT = "passwordChangedAt";

    static final String ATTR_IP_ADDRESS = "passwordChangedFrom";

    private static final Logger LOG = Logger.getLogger(EmailPasswordChangedMailer.class);

    private final KeycloakSessionFactory sessionFactory;
    private final HttpRequest request;

    /** @param request the request that changed the password, for the links and the language of the email */
    EmailPasswordChangedMailer(KeycloakSessionFactory sessionFactory, HttpRequest request) {
        this.sessionFactory = sessionFactory;
        this.request = request;
    }

    @Override
    public void send(PasswordChange change) {
        KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> send(session, change));
    }

    private void send(KeycloakSession session, PasswordChange change) {
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
        if (user == null || user.getEmail() == null || !user.isEmailVerified()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTR_CHANGED_AT, new Date(change.time()));
        attributes.put(ATTR_IP_ADDRESS, change.ipAddress() == null ? "" : change.ipAddress());
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(SUBJECT, List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            // the user id only: the address and the exception's message stay out of the log
            LOG.warnf(
                    "Password-changed email to user %s could not be sent (%s)",
                    user.getId(), e.getClass().getName());
        }
    }
}
