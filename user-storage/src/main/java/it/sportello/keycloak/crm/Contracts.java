package it.sportello.keycloak.crm;

/**
 * A supply point's contract and technical data, read only. Part of a {@link CustomerDirectory}, created per Keycloak
 * session; it takes the owned handle, so the ownership was checked before.
 */
public interface Contracts {

    /** The contract that has started most recently and the meter installed last, asked in one statement. */
    SupplyContract of(OwnedSupplyPoint supplyPoint);
}
