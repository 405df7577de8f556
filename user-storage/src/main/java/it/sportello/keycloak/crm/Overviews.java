package it.sportello.keycloak.crm;

import java.util.List;

/**
 * What the portal's home page shows of a customer at a glance. Part of a {@link CustomerDirectory}, created per
 * Keycloak session; two statements, whatever the number of supply points.
 */
public interface Overviews {

    /** The customer's supply points with their commodity's reading window, and the newest invoice. */
    CustomerOverview overview(CustomerCode customerCode);

    /**
     * The notices valid now for the customer, its own and the general ones, in the language (a primary language
     * subtag such as {@code it}) or in none, newest first, at most {@code max}; one statement.
     */
    List<NoticeRecord> notices(CustomerCode customerCode, String language, int max);
}
