package it.sportello.keycloak.crm;

import it.sportello.keycloak.crm.tickets.SupportTicketStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.keycloak.provider.Provider;

/**
 * The questions every Sportello module may ask the operator's CRM. Created per Keycloak session; answers are immutable
 * records, never persistence entities, so the CRM backend can be replaced (SQL today, a REST CRM later) by another
 * {@link CustomerDirectoryFactory}.
 *
 * <p>Methods that take a customer code and a supply point id check that the supply point belongs to that customer, so a
 * caller cannot read another customer's data by guessing an id.
 */
public interface CustomerDirectory extends Provider {

    /** The customer with this code, looked up exactly (codes are stored upper-case). */
    Optional<CustomerRecord> findByCustomerCode(String customerCode);

    /** The customer with this email address, compared case-insensitively; empty if none or if several share it. */
    Optional<CustomerRecord> findByEmail(String email);

    /** Customers with this tax ID (codice fiscale or partita IVA, upper-case); a company may hold several codes. */
    List<CustomerRecord> findByTaxId(String taxId, int max);

    /**
     * Whether the customer code and the tax ID belong together, for claiming an account. An unknown code and a wrong
     * tax ID give the same answer so callers cannot tell them apart.
     *
     * @param name optional last name (person) or company name; when given it must match too, ignoring case, accents
     *     and spacing
     */
    VerificationResult verify(String customerCode, String taxId, String name);

    /**
     * Whether one of the customer's invoices issued on or after {@code since} carries this number: the proof of
     * possession of account claiming (the invoice reaches the holder of the supply, not whoever knows the tax ID). An
     * unknown code runs the same query and answers false; every candidate is compared, in constant time.
     */
    boolean hasRecentInvoice(String customerCode, InvoiceNumber number, LocalDate since);

    /** Whether a supplier may use the portal; {@link PrequalificationStatus#UNKNOWN_CUSTOMER} for unknown codes. */
    PrequalificationStatus prequalification(String customerCode);

    /** The legacy portal password hash, for one-time validation and migration by the federation provider. */
    Optional<LegacyPassword> legacyPassword(String customerCode);

    /**
     * Forgets the customer's legacy portal password hash (hash and algorithm set to NULL, {@code updated_at} stamped)
     * once it has been migrated to Keycloak's own hash, so that removing the Keycloak password cannot bring it back.
     * Does nothing for an unknown customer or one without a legacy hash. Runs in the caller's Keycloak transaction.
     */
    void clearLegacyPassword(String customerCode);

    List<SupplyPointRecord> supplyPoints(String customerCode);

    /** The supply point if it belongs to the customer. */
    Optional<SupplyPointRecord> supplyPoint(String customerCode, long supplyPointId);

    /** Invoices of one of the customer's supply points, newest first; empty if the supply point is not theirs. */
    List<InvoiceRecord> invoices(String customerCode, long supplyPointId, InvoiceQuery query);

    long countInvoices(String customerCode, long supplyPointId, InvoiceQuery query);

    /** The invoice with this number if it belongs to the customer. */
    Optional<InvoiceRecord> invoice(String customerCode, String invoiceNumber);

    /** Monthly consumption of one of the customer's supply points in a year, January first. */
    List<ConsumptionRecord> consumption(String customerCode, long supplyPointId, int year);

    /**
     * Writes the user-editable contact fields back to the CRM (null clears a field) and stamps {@code updated_at}.
     * Runs in the caller's Keycloak transaction.
     */
    ContactUpdateResult updateContact(String customerCode, ContactDetails contact);

    /**
     * Stores a support request as a new open ticket and returns its ticket number, the reference given to the
     * requester. The ticket is linked to a customer only when the request's customer code and tax ID belong together
     * ({@link #verify}); otherwise it is stored unlinked with the details as given. Callers must answer the requester
     * the same way in both cases. Runs in the caller's Keycloak transaction.
     */
    long createSupportRequest(SupportRequest request);

    /** Self-readings of one of the customer's supply points, newest first, at most {@code max}; empty if not theirs. */
    List<MeterReadingRecord> meterReadings(String customerCode, long supplyPointId, int max);

    /** The self-reading window of a commodity; empty when self-readings of it are not accepted at all. */
    Optional<ReadingWindowRecord> readingWindow(Commodity commodity);

    /**
     * Stores a self-reading of one of the customer's supply points as {@code SUBMITTED}, written to the database now
     * (in the caller's transaction). Empty if the supply point is not the customer's. A second reading of the same
     * supply point and day is refused by the database's unique constraint: the {@code PersistenceException} (or, when
     * the database reports it only then, the commit) fails; callers that must answer it run this in a transaction of
     * its own.
     */
    Optional<MeterReadingRecord> submitMeterReading(
            String customerCode,
            long supplyPointId,
            LocalDate readingDate,
            BigDecimal meterValue,
            BigDecimal correctorValue,
            String userId);

    /** Withdraws a self-reading of one of the customer's supply points unless it has been acquired. */
    MeterReadingDeletion deleteMeterReading(String customerCode, long supplyPointId, String readingId);

    /** Back office: marks a self-reading as acquired by the CRM (idempotent); empty when there is no such reading. */
    Optional<MeterReadingRecord> acquireMeterReading(String readingId);

    /** Stores a portal ticket with its contacts and attachments and returns its id and number. */
    PortalTicketCreated createPortalTicket(String customerCode, String userId, PortalTicketRequest request);

    /** The customer's tickets, newest first, at most {@code max}, without contacts and attachments. */
    List<TicketRecord> tickets(String customerCode, int max);

    /** One of the customer's tickets with its contacts and attachments (without their bytes). */
    Optional<TicketRecord> ticket(String customerCode, String ticketId);

    /** An attachment of one of the customer's tickets, with its bytes. */
    Optional<TicketAttachmentContent> ticketAttachment(String customerCode, String ticketId, String attachmentId);

    /** Back office: sets a ticket's status; empty when there is no such ticket. */
    Optional<TicketStatusChange> changeTicketStatus(String ticketId, SupportTicketStatus status);

    /** Customers whose code, tax ID, email, last name or company name starts with the text, ordered by code. */
    List<CustomerRecord> search(String text, int first, int max);

    long count(String text);

    /** Customers changed at or after the instant, oldest change first, for periodic synchronization. */
    List<CustomerRecord> changedSince(Instant since, int first, int max);
}
