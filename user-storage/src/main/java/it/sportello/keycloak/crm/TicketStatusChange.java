package it.sportello.keycloak.crm;

/** Outcome of {@link Tickets#changeStatus(String, SupportTicketStatus)}. */
public record TicketStatusChange(TicketRecord ticket, SupportTicketStatus previous) {

    public boolean changed() {
        return previous != ticket.status();
    }
}
