package it.sportello.keycloak.notification;

/** Sends the "your password was changed" email of one change. */
interface PasswordChangedMailer {

    void send(PasswordChange change);
}
