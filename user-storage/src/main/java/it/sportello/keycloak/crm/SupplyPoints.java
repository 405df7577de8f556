package it.sportello.keycloak.crm;

import java.util.List;
import java.util.Optional;

/**
 * A customer's supply points with their invoices and consumption. Part of a {@link CustomerDirectory}, created per
 * Keycloak session. Ownership is checked once, by {@link #owned}; the operations on one supply point take its handle.
 */
public interface SupplyPoints {

    List<SupplyPointRecord> list(CustomerCode customerCode);

    /**
     * The supply point if it belongs to the customer, asked in one statement that matches id and owner; empty when
     * there is no such supply point or it is another customer's, so the two cannot be told apart.
     */
    Optional<OwnedSupplyPoint> owned(CustomerCode customerCode, long supplyPointId);

    /** A page of the supply point's invoices, newest first, with the number of all that match. */
    InvoicePage invoices(OwnedSupplyPoint supplyPoint, InvoiceQuery query);

    /** The invoice with this number if it belongs to the customer. */
    Optional<InvoiceRecord> invoice(CustomerCode customerCode, InvoiceNumber number);

    /** Monthly consumption of the supply point in a year, January first. */
    List<ConsumptionRecord> consumption(OwnedSupplyPoint supplyPoint, int year);
}
