package it.sportello.keycloak.portal.profile;

import it.sportello.keycloak.crm.ContactDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a customer's contact fields as the CRM holds them: a digest of email, phone and fax. {@code GET /me}
 * gives it; {@code PUT /me/contact} must send back the one it was edited from, so that a change made meanwhile in
 * another window, by customer service in the CRM or through Keycloak's profile is never silently overwritten.
 */
final class ContactVersion {

    private ContactVersion() {}

    static String of(ContactDetails contact) {
        String text = part(contact.email()) + '\n' + part(contact.phone()) + '\n' + part(contact.fax());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String part(String value) {
        return value == null ? "" : value.trim();
    }
}
