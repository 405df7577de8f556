package it.sportello.keycloak.crm.federation;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;

/**
 * Keycloak's password hash run once on a throw-away password, with the realm's algorithm and iterations: what
 * Keycloak's own login form does for an unknown username ({@code AuthenticatorUtils.dummyHash}). The CRM federation
 * runs it when a sign-in checks no Keycloak hash (a customer without a portal password, a wrong legacy password), so
 * that such a sign-in costs what a wrong password of a claimed customer and an unknown code cost.
 */
final class DummyPasswordHash {

    /** The same throw-away password as Keycloak's, so both cost the same. */
    private static final String DUMMY_PASSWORD = "SlightlyLongerDummyPassword";

    private DummyPasswordHash() {}

    static void run(KeycloakSession session, RealmModel realm) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy != null && policy.getHashAlgorithm() != null
                ? session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm())
                : session.getProvider(PasswordHashProvider.class);
        int iterations = policy != null ? policy.getHashIterations() : -1;
        hash.encodedCredential(DUMMY_PASSWORD, iterations);
    }
}
