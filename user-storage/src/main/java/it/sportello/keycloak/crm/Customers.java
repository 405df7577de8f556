package it.sportello.keycloak.crm;

import it.sportello.keycloak.taxid.TaxId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CRM's customers: identity, claiming, the legacy password, contact details, and the admin console's search and
 * synchronization. Part of a {@link CustomerDirectory}, created per Keycloak session.
 */
public interface Customers {

    Optional<CustomerRecord> findByCustomerCode(CustomerCode customerCode);

    /** The customer with this email address, compared case-insensitively; empty if none or if several share it. */
    Optional<CustomerRecord> findByEmail(String email);

    /** Customers with this tax ID; a company may hold several codes. */
    List<CustomerRecord> findByTaxId(TaxId taxId, int max);

    /**
     * Whether the customer code and the tax ID belong together, for claiming an account. An unknown code and a wrong
     * tax ID give the same answer so callers cannot tell them apart.
     *
     * @param name optional last name (person) or company name; when given it must match too, ignoring case, accents
     *     and spacing
     */
    VerificationResult verify(CustomerCode customerCode, TaxId taxId, String name);

    /**
     * Whether one of the customer's invoices issued on or after {@code since} carries this number: the proof of
     * possession of account claiming (the invoice reaches the holder of the supply, not whoever knows the tax ID). An
     * unknown code runs the same query and answers false; every candidate is compared, in constant time.
     */
    boolean hasRecentInvoice(CustomerCode customerCode, InvoiceNumber number, LocalDate since);

    /** Whether a supplier may use the portal; {@link PrequalificationStatus#UNKNOWN_CUSTOMER} for unknown codes. */
    PrequalificationStatus prequalification(CustomerCode customerCode);

    /** The legacy portal password hash, for one-time validation and migration by the federation provider. */
    Optional<LegacyPassword> legacyPassword(CustomerCode customerCode);

    /**
     * Forgets the customer's legacy portal password hash (hash and algorithm set to NULL, {@code updated_at} stamped)
     * once it has been migrated to Keycloak's own hash, so that removing the Keycloak password cannot bring it back.
     * Does nothing for an unknown customer or one without a legacy hash. Runs in the caller's Keycloak transaction.
     */
    void clearLegacyPassword(CustomerCode customerCode);

    /**
     * Writes the user-editable contact fields back to the CRM (null clears a field) and stamps {@code updated_at}.
     * Runs in the caller's Keycloak transaction.
     */
    ContactUpdateResult updateContact(CustomerCode customerCode, ContactDetails contact);

    /**
     * The contact fields as the CRM holds them now, read again from the database (not from this session's cache)
     * under a row lock held until the caller's Keycloak transaction ends, so that a change checked against them
     * cannot be overtaken by a concurrent one. Empty for an unknown customer.
     */
    Optional<ContactDetails> lockContact(CustomerCode customerCode);

    /** Customers whose code, tax ID, email, last name or company name starts with the text, ordered by code. */
    List<CustomerRecord> search(String text, int first, int max);

    long count(String text);

    /**
     * At most {@code max} customers after the cursor in the order {@code (updated_at, customer_code)}, oldest change
     * first, for periodic synchronization: start with {@link ChangeCursor#startingAt}, go on with
     * {@link ChangeCursor#after} the last one read.
     */
    List<CustomerRecord> changedAfter(ChangeCursor cursor, int max);
}
