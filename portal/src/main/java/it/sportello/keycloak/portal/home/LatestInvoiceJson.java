package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.crm.InvoiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Schema {@code LatestInvoice}: the invoice issued last, with its supply point; {@code hasPdf} when downloadable. */
public record LatestInvoiceJson(
        String number,
        Long supplyPointId,
        LocalDate issueDate,
        BigDecimal amount,
        LocalDate dueDate,
        String status,
        boolean hasPdf) {

    static LatestInvoiceJson of(InvoiceRecord invoice, boolean hasPdf) {
        return new LatestInvoiceJson(
                invoice.number(),
                invoice.supplyPointId(),
                invoice.issueDate(),
                invoice.amount(),
                invoice.dueDate(),
                invoice.status() == null ? null : invoice.status().name(),
                hasPdf);
    }
}
