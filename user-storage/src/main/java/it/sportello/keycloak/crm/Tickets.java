package it.sportello.keycloak.crm;

import java.util.List;
import java.util.Optional;

/**
 * Support tickets: requests from the public support form and tickets opened in the portal. Part of a
 * {@link CustomerDirectory}, created per Keycloak session.
 */
public interface Tickets {

    /**
     * Stores a support request as a new open ticket and returns its ticket number, the reference given to the
     * requester. The ticket is linked to a customer only when the request's customer code and tax ID belong together
     * ({@link Customers#verify}); otherwise it is stored unlinked with the details as given. Callers must answer the
     * requester the same way in both cases. Runs in the caller's Keycloak transaction.
     */
    long createSupportRequest(SupportRequest request);

    /**
     * Stores a portal ticket with its contacts and attachments and returns its id and number.
     *
     * @param supplyPoint the supply point the ticket is about, or null
     */
    PortalTicketCreated create(
            CustomerCode customerCode, OwnedSupplyPoint supplyPoint, String userId, PortalTicketRequest request);

    /** The customer's tickets, newest first, at most {@code max}, without contacts and attachments. */
    List<TicketRecord> list(CustomerCode customerCode, int max);

    /** One of the customer's tickets with its contacts and attachments (without their bytes). */
    Optional<TicketRecord> find(CustomerCode customerCode, String ticketId);

    /** An attachment of one of the customer's tickets, with its bytes. */
    Optional<TicketAttachmentContent> attachment(CustomerCode customerCode, String ticketId, String attachmentId);

    /** Back office: sets a ticket's status; empty when there is no such ticket. */
    Optional<TicketStatusChange> changeStatus(String ticketId, SupportTicketStatus status);
}
