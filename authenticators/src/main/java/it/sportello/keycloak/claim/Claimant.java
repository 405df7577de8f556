package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerDirectory;
import java.util.Optional;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The customer being claimed in the completion step: code and the CRM's email, or null when the CRM holds none. */
record Claimant(String code, String emailOfRecord) {

    /**
     * The confirmed customer, read again from the CRM; empty when the session lost its notes, the customer is gone, or
     * the customer has no email of record and the proof of possession was not asked (an unproven visitor never sends
     * an activation to an address of their choosing; the verify step refuses them already).
     */
    static Optional<Claimant> confirmed(AuthenticationSessionModel session, CustomerDirectory directory) {
        if (!ClaimNotes.isConfirmed(session)) {
            return Optional.empty();
        }
        return ClaimNotes.verifiedCode(session)
                .flatMap(directory.customers()::findByCustomerCode)
                .map(customer -> new Claimant(
                        customer.customerCode(),
                        customer.email() == null || customer.email().isBlank()
                                ? null
                                : customer.email().strip()))
                .filter(claimant -> claimant.emailOfRecord() != null || ClaimNotes.isProven(session));
    }

    /** Self-service only to the email of record; a typed address gets the activation link. */
    boolean selfService(ClaimCompleteConfig config) {
        return emailOfRecord != null && config.completion() == ClaimCompletion.SELF_SERVICE;
    }

    /** The address this claim would replace: the CRM's, or one the imported account already carries. */
    String previousEmail(UserModel user) {
        if (emailOfRecord != null) {
            return emailOfRecord;
        }
        String current = user.getEmail();
        return current == null || current.isBlank() ? null : current.strip();
    }
}
