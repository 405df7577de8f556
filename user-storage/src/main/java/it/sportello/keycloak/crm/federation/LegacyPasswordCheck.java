package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.LegacyPassword;

/** Checks a typed password against a CRM legacy hash; the one seam between federation and the hash formats. */
@FunctionalInterface
interface LegacyPasswordCheck {

    boolean verify(LegacyPassword legacy, String password);
}
