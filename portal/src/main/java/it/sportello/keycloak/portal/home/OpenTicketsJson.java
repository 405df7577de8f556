package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.portal.tickets.TicketSummaryJson;
import java.util.List;

/** Schema {@code OpenTickets}: how many of the customer's tickets are not closed, and the newest of them. */
public record OpenTicketsJson(int count, List<TicketSummaryJson> items) {}
