package it.sportello.keycloak.crm;

/** The id and number of a ticket just created in the portal. */
public record PortalTicketCreated(String id, long number) {}
