package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The benchmark's one door into the sealed JPA implementation of the CRM contract: the query-plan check runs the
 * directory's real queries on a plain entity manager, outside Keycloak. It sits in the implementation's package
 * because only that package may create a directory; nothing else in the benchmark uses the implementation.
 */
public final class PlanCheckDirectories {

    private PlanCheckDirectories() {}

    public static CustomerDirectory open(EntityManager em, Clock clock) {
        return new JpaCustomerDirectory(em, clock);
    }
}
