package it.sportello.keycloak.portal.tickets;

/** Schema {@code TicketCategoryOption}: a category a ticket may have, with its label in the caller's language. */
public record TicketCategoryOptionJson(TicketCategory id, String label) {}
