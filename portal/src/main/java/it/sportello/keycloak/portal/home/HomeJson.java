package it.sportello.keycloak.portal.home;

import java.util.List;

/**
 * Schema {@code Home}: the console's first page. {@code lastSignIn} null on the first sign-in (or when the realm keeps
 * no events); {@code latestInvoice} null when the customer has none; {@code notices} the CRM's notices valid now for
 * the customer, in the user's language, empty when there are none.
 */
public record HomeJson(
        String kind,
        String displayName,
        LastSignInJson lastSignIn,
        OpenTicketsJson openTickets,
        List<ReadingWindowOfJson> readingWindows,
        LatestInvoiceJson latestInvoice,
        List<NoticeJson> notices) {

    /** Keeps the name out of logs. */
    @Override
    public String toString() {
        return "HomeJson[kind=" + kind + "]";
    }
}
