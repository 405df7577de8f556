package it.sportello.keycloak.crm;

/**
 * What the portal's home page shows of a customer at a glance. Part of a {@link CustomerDirectory}, created per
 * Keycloak session; two statements, whatever the number of supply points.
 */
public interface Overviews {

    /** The customer's supply points with their commodity's reading window, and the newest invoice. */
    CustomerOverview overview(CustomerCode customerCode);
}
