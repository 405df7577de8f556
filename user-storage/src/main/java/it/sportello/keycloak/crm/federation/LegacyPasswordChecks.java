package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.LegacyPassword;

/** Placeholder replaced by the legacy hash verifiers. */
final class LegacyPasswordChecks {

    private LegacyPasswordChecks() {}

    static boolean verify(LegacyPassword legacy, String password) {
        return false;
    }
}
