package it.sportello.keycloak.notification;

/** Sends the notice of one account change. */
interface AccountChangeMailer {

    void send(AccountChange change);
}
