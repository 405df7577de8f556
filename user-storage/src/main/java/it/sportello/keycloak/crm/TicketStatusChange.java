package it.sportello.keycloak.crm;

import it.sportello.keycloak.crm.tickets.SupportTicketStatus;

/** Outcome of {@link CustomerDirectory#changeTicketStatus(String, SupportTicketStatus)}. */
public record TicketStatusChange(TicketRecord ticket, SupportTicketStatus previous) {

    public boolean changed() {
        return previous != ticket.status();
    }
}
