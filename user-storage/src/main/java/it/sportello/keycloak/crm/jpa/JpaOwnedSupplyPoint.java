package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.crm.SupplyPointRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * The handle {@link JpaSupplyPoints#owned} returns once the CRM said, in SQL, that the supply point is the customer's.
 * Package-private: no other module can build one, so holding one is the proof. It carries the reading window of the
 * commodity, read in the same statement.
 */
record JpaOwnedSupplyPoint(CustomerCode customerCode, SupplyPointRecord supplyPoint, ReadingWindowRecord window)
        implements OwnedSupplyPoint {

    JpaOwnedSupplyPoint {
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(supplyPoint, "supplyPoint");
    }

    Optional<ReadingWindowRecord> readingWindow() {
        return Optional.ofNullable(window);
    }

    /** The handle as this implementation built it; anything else was not checked here and is refused. */
    static JpaOwnedSupplyPoint of(OwnedSupplyPoint handle) {
        if (handle instanceof JpaOwnedSupplyPoint own) {
            return own;
        }
        throw new IllegalArgumentException("Supply point handle not issued by the CRM directory");
    }

    @Override
    public String toString() {
        return "OwnedSupplyPoint[id=" + supplyPoint.id() + "]";
    }
}
