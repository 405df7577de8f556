package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.crm.InvoiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Schema {@code Invoice}: one invoice of a page; {@code hasPdf} when its document can be downloaded. */
public record InvoiceJson(
        String number,
        LocalDate issueDate,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal amount,
        LocalDate dueDate,
        String status,
        boolean hasPdf) {

    static InvoiceJson of(InvoiceRecord invoice, boolean hasPdf) {
        return new InvoiceJson(
                invoice.number(),
                invoice.issueDate(),
                invoice.periodFrom(),
                invoice.periodTo(),
                invoice.amount(),
                invoice.dueDate(),
                invoice.status() == null ? null : invoice.status().name(),
                hasPdf);
    }
}
