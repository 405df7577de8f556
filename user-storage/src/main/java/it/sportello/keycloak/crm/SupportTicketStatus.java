package it.sportello.keycloak.crm;

/** Life cycle of a support request. */
public enum SupportTicketStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
