package it.sportello.keycloak.login;

/** Message keys of the login pages; the texts are in theme-resources/messages of this jar. */
final class LoginMessages {

    static final String CRM_UNAVAILABLE = "sportelloCrmUnavailable";

    private LoginMessages() {}
}
