package it.sportello.keycloak.crm;

import java.util.List;
import java.util.Optional;

/**
 * A customer at a glance: every supply point (at most the directory's list bound) with the self-reading window of its
 * commodity, and the invoice issued last over all of them.
 */
public record CustomerOverview(List<SupplyPointWindow> supplyPoints, Optional<InvoiceRecord> latestInvoice) {

    public CustomerOverview {
        supplyPoints = List.copyOf(supplyPoints);
    }

    /** A supply point and its commodity's reading window, null when the commodity has none. */
    public record SupplyPointWindow(SupplyPointRecord supplyPoint, ReadingWindowRecord window) {}
}
