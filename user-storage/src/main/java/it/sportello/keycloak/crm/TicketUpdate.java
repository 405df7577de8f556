package it.sportello.keycloak.crm;

/**
 * Outcome of a change to a ticket's conversation or status.
 *
 * @param conversation the ticket after the change; null unless {@link Outcome#DONE}
 * @param previous the status before the change; null unless {@link Outcome#DONE}
 */
public record TicketUpdate(Outcome outcome, TicketConversation conversation, SupportTicketStatus previous) {

    /** What became of the change; only {@link #DONE} wrote anything. */
    public enum Outcome {
        DONE,
        /** No such ticket, or not the customer's. */
        NOT_FOUND,
        /** The ticket is closed: customers cannot write to it. */
        CLOSED,
        /** The ticket changed since the version the operator saw. */
        STALE
    }

    public static TicketUpdate of(Outcome outcome) {
        return new TicketUpdate(outcome, null, null);
    }

    public boolean statusChanged() {
        return outcome == Outcome.DONE && previous != conversation.ticket().status();
    }
}
