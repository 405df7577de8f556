package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice; {@code pdfLocation} is the CRM's reference to the document, resolved by the portal. */
public record InvoiceRecord(
        String number,
        String customerCode,
        Long supplyPointId,
        LocalDate issueDate,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal amount,
        LocalDate dueDate,
        InvoiceStatus status,
        String pdfLocation) {}
