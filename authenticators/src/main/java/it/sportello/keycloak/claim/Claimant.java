package it.sportello.keycloak.claim;

import org.keycloak.models.UserModel;

/** The customer being claimed in the completion step: code and the CRM's email, or null when the CRM holds none. */
record Claimant(String code, String emailOfRecord) {

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
