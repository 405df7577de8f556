package it.sportello.keycloak.flow;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A step that runs before the flow knows a user (the claiming steps, the reset's choose-user step): it needs none,
 * applies to everyone and sets nothing up, so Keycloak never skips it or asks for a credential setup.
 */
public abstract class NoUserAuthenticator implements Authenticator {

    @Override
    public final boolean requiresUser() {
        return false;
    }

    @Override
    public final boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public final void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
