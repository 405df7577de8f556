package it.sportello.keycloak.portal.profile;

import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * A customer's request to use a new email address, from {@code PUT /portal/me/contact}. Nothing is written here. A
 * free address gets Keycloak's "confirm your new address" email with an {@link EmailChangeActionToken} link; an
 * address another account holds gets, at that account's address, a notice that someone tried to use it. The caller
 * is answered the same either way, so the change cannot tell which addresses exist. At most one mail per address in
 * {@link #INTERVAL_SECONDS}, whoever asks: nobody's mailbox can be filled through this.
 */
final class EmailChangeRequest {

    /** The notice to the holder of an address someone tried to use. */
    static final String IN_USE_TEMPLATE = "sportello-email-in-use.ftl";

    /** One mail per address in this many seconds, whichever caller and node. */
    static final int INTERVAL_SECONDS = 300;

    /** Event error: a mail to this address went out less than {@link #INTERVAL_SECONDS} ago; nothing was sent. */
    static final String ERROR_TOO_SOON = "sportello_email_change_too_soon";

    /** The support form of the login theme, linked from the notice. */
    static final String SUPPORT_PATH = "realms/{realm}/sportello-support";

    private static final Logger LOG = Logger.getLogger(EmailChangeRequest.class);

    private EmailChangeRequest() {}

    /** Sends the link or the notice; the caller answers the same whichever was sent. */
    static void send(PortalRequest request, String newEmail) {
        KeycloakSession session = request.session();
        RealmModel realm = request.realm();
        UserModel user = request.user();
        UserModel owner = EmailAddresses.owner(session, realm, newEmail);
        boolean taken = owner != null && !owner.getId().equals(user.getId());
        // the event names no address: the user id is enough to follow it up
        EventBuilder event = new EventBuilder(
                        realm, session, session.getContext().getConnection())
                .event(EventType.SEND_VERIFY_EMAIL)
                .user(user);
        if (session.getContext().getClient() != null) {
            event.client(session.getContext().getClient());
        }
        String interval = "sportello-email-change:" + realm.getId() + ":" + digest(newEmail);
        if (!session.singleUseObjects().putIfAbsent(interval, INTERVAL_SECONDS)) {
            // a mail to this address went out moments ago: nothing more, and the same answer
            event.error(ERROR_TOO_SOON);
            return;
        }
        try {
            if (taken) {
                sendInUseNotice(session, realm, owner);
                event.error(Errors.EMAIL_IN_USE);
            } else {
                sendConfirmation(session, realm, user, newEmail);
                event.success();
            }
        } catch (RuntimeException notSent) {
            session.singleUseObjects().remove(interval);
            throw notSent;
        }
    }

    private static void sendConfirmation(KeycloakSession session, RealmModel realm, UserModel user, String newEmail) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(EmailChangeActionToken.TOKEN_TYPE);
        EmailChangeActionToken token =
                new EmailChangeActionToken(user.getId(), Time.currentTime() + lifespan, user.getEmail(), newEmail);
        UriInfo uri = session.getContext().getUri();
        String link = LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(session, realm, uri))
                .build(realm.getName())
                .toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .sendEmailUpdateConfirmation(link, TimeUnit.SECONDS.toMinutes(lifespan), newEmail);
        } catch (EmailException e) {
            throw notSent(e);
        }
    }

    private static void sendInUseNotice(KeycloakSession session, RealmModel realm, UserModel owner) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(
                "supportUrl",
                UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                        .path(SUPPORT_PATH)
                        .build(realm.getName())
                        .toString());
        try {
            session.getProvider(EmailTemplateProvider.class)
                    // the holder's language, not the caller's browser's
                    .setAttribute(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true)
                    .setRealm(realm)
                    .setUser(owner)
                    .send(PortalMessages.MAIL_EMAIL_IN_USE_SUBJECT, List.of(), IN_USE_TEMPLATE, attributes);
        } catch (EmailException e) {
            throw notSent(e);
        }
    }

    private static RuntimeException notSent(EmailException e) {
        LOG.warnf("Email change mail not sent (%s)", e.getClass().getName());
        LOG.debug("Email change mail failure", e);
        return Problem.unavailable().exception();
    }

    /** The interval key names no address in clear. */
    private static String digest(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
