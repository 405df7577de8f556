package it.sportello.keycloak.portal.home;

import java.util.List;

/**
 * Schema {@code Home}: the console's first page. {@code lastSignIn} null on the first sign-in (or when the realm keeps
 * no events); {@code latestInvoice} null when the customer has none.
 */
public record HomeJson(
        String kind,
        String displayName,
        LastSignInJson lastSignIn,
        OpenTicketsJson openTickets,
        List<ReadingWindowOfJson> readingWindows,
        LatestInvoiceJson latestInvoice) {

    /** Keeps the name out of logs. */
    @Override
    public String toString() {
        return "HomeJson[kind=" + kind + "]";
    }
}
