package it.sportello.keycloak.crm;

/**
 * A supply point together with the proof that it belongs to a customer: only {@link SupplyPoints#owned} hands one
 * out, after asking the CRM for the supply point and its owner in one statement. Every supply-point operation takes
 * it, so a request checks ownership once and no layer below can be given an id the customer does not own.
 *
 * <p>Implemented only inside the CRM implementation (an architecture test keeps it so); other modules hold it, never
 * build one.
 */
public interface OwnedSupplyPoint {

    /** The customer the supply point belongs to. */
    CustomerCode customerCode();

    /** The supply point as the CRM stores it, commodity included. */
    SupplyPointRecord supplyPoint();

    default long id() {
        return supplyPoint().id();
    }
}
