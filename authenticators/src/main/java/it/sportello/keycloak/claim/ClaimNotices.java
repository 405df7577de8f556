package it.sportello.keycloak.claim;

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
 * Notices of the claiming completion to an address that is not the claimant's to read: the owner of an address a
 * claimant tried to use (instead of telling the claimant it is taken), and an address of record about to be replaced
 * (before the write-back). Through the realm's email theme (HTML and text, Italian and English) with the support
 * form's link; addressed to a transient {@link LightweightUserAdapter} holding only the address and the page's
 * language (as the support form's acknowledgement does), never stored. No customer code, name or typed text in them.
 */
public final class ClaimNotices {

    static final String EMAIL_IN_USE_TEMPLATE = "sportello-claim-email-in-use.ftl";
    static final String EMAIL_IN_USE_SUBJECT = "sportelloClaimEmailInUseSubject";
    static final String EMAIL_REPLACED_TEMPLATE = "sportello-claim-email-replaced.ftl";
    static final String EMAIL_REPLACED_SUBJECT = "sportelloClaimEmailReplacedSubject";
    static final String SUPPORT_URL_ATTRIBUTE = "supportUrl";
    /** The support form's path under the realm, see the support module. */
    static final String SUPPORT_PATH = "sportello-support";

    private static final Logger LOG = Logger.getLogger(ClaimNotices.class);

    private ClaimNotices() {}

    /** Someone tried to use this address to claim a customer account. */
    static void emailInUse(KeycloakSession session, RealmModel realm, String address) {
        send(session, realm, address, EMAIL_IN_USE_SUBJECT, EMAIL_IN_USE_TEMPLATE);
    }

    /** The customer account's address of record is being replaced by this one no longer. */
    static void emailReplaced(KeycloakSession session, RealmModel realm, String previousAddress) {
        send(session, realm, previousAddress, EMAIL_REPLACED_SUBJECT, EMAIL_REPLACED_TEMPLATE);
    }

    /**
     * One notice through the realm's email theme, with the support form's link as {@code supportUrl}: also the broker
     * link step's "a digital identity was linked" to the email of record. Failures are logged by kind, never thrown.
     */
    public static void send(KeycloakSession session, RealmModel realm, String address, String subject, String tpl) {
        UserModel recipient = new LightweightUserAdapter(session, realm, null);
        recipient.setEmail(address);
        recipient.setSingleAttribute(
                UserModel.LOCALE, session.getContext().resolveLocale(null).toLanguageTag());
        // processTemplate adds its own entries to the map, so it must be mutable
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(
                SUPPORT_URL_ATTRIBUTE,
                session.getContext()
                        .getUri()
                        .getBaseUriBuilder()
                        .path("realms")
                        .path(realm.getName())
                        .path(SUPPORT_PATH)
                        .build()
                        .toString());
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(recipient)
                    .send(subject, List.<Object>of(), tpl, attributes, address);
        } catch (EmailException | RuntimeException e) {
            // the SMTP server's answer may quote the address: the failure's kind only
            LOG.warnf(
                    "Claim notice %s could not be sent (%s)", tpl, e.getClass().getSimpleName());
        }
    }
}
