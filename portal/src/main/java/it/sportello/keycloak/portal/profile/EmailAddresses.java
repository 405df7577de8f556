package it.sportello.keycloak.portal.profile;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Who holds an email address in the realm, as Keycloak's own duplicate check sees it: a user with that email (local,
 * or a CRM customer through the federation's lookup) or, where users sign in with their email, that username.
 */
final class EmailAddresses {

    private EmailAddresses() {}

    /** The user who holds this address, or null. */
    static UserModel owner(KeycloakSession session, RealmModel realm, String email) {
        UserModel owner = session.users().getUserByEmail(realm, email);
        if (owner == null && realm.isLoginWithEmailAllowed()) {
            owner = session.users().getUserByUsername(realm, email);
        }
        return owner;
    }

    /** True when nobody but this user holds the address. */
    static boolean isFreeFor(KeycloakSession session, RealmModel realm, UserModel user, String email) {
        UserModel owner = owner(session, realm, email);
        return owner == null || owner.getId().equals(user.getId());
    }
}
