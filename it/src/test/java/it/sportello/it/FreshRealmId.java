package it.sportello.it;

import java.util.UUID;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

/**
 * The realm under its usual name but with a new id. The framework otherwise gives an imported realm its name as id,
 * and Sportello's cluster-wide attempt counters are kept per realm id, so they would carry over from one test class
 * (or test) to the next within the same server run.
 */
public final class FreshRealmId implements RealmConfig {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return realm.id(UUID.randomUUID().toString());
    }
}
