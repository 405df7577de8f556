package it.sportello.keycloak.portal.tickets;

/** Schema {@code TicketCreated}: the id and the number of a ticket just opened. */
public record TicketCreatedJson(String id, long number) {}
