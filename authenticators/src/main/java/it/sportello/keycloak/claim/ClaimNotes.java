package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerCode;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the claiming steps hand to each other, kept in the authentication session (Keycloak's cluster-wide cache),
 * never in the page: the customer code is stored only once code and tax ID matched.
 */
final class ClaimNotes {

    static final String VERIFIED_CODE = "sportello.claim.verifiedCode";
    static final String CONFIRMED = "sportello.claim.confirmed";
    static final String PHONE = "sportello.claim.phone";
    /** Set when the proof of possession (an invoice number) matched too, not only code and tax ID. */
    static final String PROVEN = "sportello.claim.proven";

    private ClaimNotes() {}

    static void verified(AuthenticationSessionModel session, CustomerCode code, String phoneOrNull, boolean proven) {
        session.setAuthNote(VERIFIED_CODE, code.value());
        session.removeAuthNote(CONFIRMED);
        if (proven) {
            session.setAuthNote(PROVEN, Boolean.TRUE.toString());
        } else {
            session.removeAuthNote(PROVEN);
        }
        if (phoneOrNull == null) {
            session.removeAuthNote(PHONE);
        } else {
            session.setAuthNote(PHONE, phoneOrNull);
        }
    }

    static Optional<String> phone(AuthenticationSessionModel session) {
        return Optional.ofNullable(session.getAuthNote(PHONE));
    }

    static Optional<CustomerCode> verifiedCode(AuthenticationSessionModel session) {
        return CustomerCode.stored(session.getAuthNote(VERIFIED_CODE));
    }

    /** Whether the verify step matched the proof of possession as well. */
    static boolean isProven(AuthenticationSessionModel session) {
        return Boolean.parseBoolean(session.getAuthNote(PROVEN));
    }

    static void confirmed(AuthenticationSessionModel session) {
        session.setAuthNote(CONFIRMED, Boolean.TRUE.toString());
    }

    static boolean isConfirmed(AuthenticationSessionModel session) {
        return Boolean.parseBoolean(session.getAuthNote(CONFIRMED));
    }
}
