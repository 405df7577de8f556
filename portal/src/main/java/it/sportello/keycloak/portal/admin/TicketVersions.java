package it.sportello.keycloak.portal.admin;

import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;

/** A ticket's version as an HTTP entity tag, and the version an {@code If-Match} header names. */
final class TicketVersions {

    private TicketVersions() {}

    /** The strong entity tag of a ticket version: the number in quotes. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code If-Match} names: one entity tag, quoted or not, weak or strong. None (or {@code *}, which
     * names no version) is a 428 problem; anything that is not a version of the ticket cannot match it: 409.
     */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw Problem.preconditionRequired().exception();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // not a version: falls through to the conflict
        }
        throw Problem.conflict("ticket-changed", PortalMessages.PROBLEM_TICKET_CHANGED)
                .exception();
    }
}
