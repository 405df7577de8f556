package it.sportello.benchmark.check;

import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.keycloak.crm.ChangeCursor;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.DocumentQuery;
import it.sportello.keycloak.crm.DocumentScope;
import it.sportello.keycloak.crm.IntervalResolution;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.taxid.TaxId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every CRM directory call the providers make, with sample values of one existing synthetic customer: the lookups of
 * sign-in, claim, reset and the admin console, the portal's reads and writes, and the changed-users sync. Each runs in
 * a transaction of its own that is rolled back, on a fresh directory (the directory keeps the customer rows it read,
 * which would hide a second lookup). Where an operation needs an owned supply point, the lookup is its own entry. The
 * reading window is not among them: the owned supply point's lookup reads it in the same statement.
 */
final class PlannedOperations {

    /**
     * The ids of the synthetic rows the operations read: a ticket, an attachment of it, a reading, a document of the
     * customer with its bytes in the database.
     */
    record Sample(int customer, String ticketId, String attachmentId, String readingId, long documentId) {}

    /** The operations that take the owned supply point (the portal looks it up before each of them). */
    private static final Set<String> OWNED = Set.of(
            "portal: invoice page",
            "portal: invoice page between dates",
            "portal: consumption",
            "portal: metering, a month of quarter-hours",
            "portal: metering, a year by day",
            "portal: readings",
            "portal: reading submitted",
            "portal: reading withdrawn",
            "portal: contract");

    private PlannedOperations() {}

    /** Operation name to the call; the call gets a fresh directory and the owned supply point (looked up before). */
    static Map<String, Operation> of(SyntheticCrm crm, Sample sample) {
        int i = sample.customer();
        CustomerCode code = CustomerCode.stored(SyntheticCrm.customerCode(i)).orElseThrow();
        TaxId taxId = TaxId.parse(crm.taxId(i)).taxId().orElseThrow();
        String email = SyntheticCrm.customerCode(i).toLowerCase() + "@clienti.example";
        InvoiceNumber invoice =
                InvoiceNumber.parse(SyntheticCrm.recentInvoiceNumber(i)).orElseThrow();
        LocalDate today = LocalDate.now();
        Map<String, Call> operations = new LinkedHashMap<>();
        operations.put("customer by customer code", (d, p) -> d.customers().findByCustomerCode(code));
        operations.put(
                "customer by email, case-insensitive", (d, p) -> d.customers().findByEmail(email.toUpperCase()));
        operations.put("customers by tax ID", (d, p) -> d.customers().findByTaxId(taxId, 10));
        operations.put(
                "claim: code and tax ID verified", (d, p) -> d.customers().verify(code, taxId, null));
        operations.put(
                "claim: recent invoice", (d, p) -> d.customers().hasRecentInvoice(code, invoice, today.minusYears(1)));
        operations.put("reset: prequalification", (d, p) -> d.customers().prequalification(code));
        operations.put("sign-in: legacy password", (d, p) -> d.customers().legacyPassword(code));
        operations.put("sign-in: legacy password cleared", (d, p) -> {
            d.customers().clearLegacyPassword(code);
            return null;
        });
        operations.put("account: phone written back", (d, p) -> d.customers()
                .updateContact(code, new ContactDetails(email, "+39 055 000000", null)));
        contactAndSync(operations, code);
        operations.put("portal: supply points", (d, p) -> d.supplyPoints().list(code));
        operations.put("portal: invoice page", (d, p) -> d.supplyPoints().invoices(p, InvoiceQuery.page(0, 20)));
        operations.put("portal: invoice page between dates", (d, p) -> d.supplyPoints()
                .invoices(p, new InvoiceQuery(today.minusYears(1), today, 0, 20)));
        operations.put("portal: invoice by number", (d, p) -> d.supplyPoints().invoice(code, invoice));
        operations.put("portal: consumption", (d, p) -> d.supplyPoints().consumption(p, today.getYear()));
        metering(operations, today);
        operations.put("portal: readings", (d, p) -> d.meterReadings().list(p, 20));
        operations.put("portal: reading submitted", (d, p) -> d.meterReadings()
                .submit(p, today, new BigDecimal("99999"), null, "plan-check"));
        operations.put("portal: reading withdrawn", (d, p) -> d.meterReadings().delete(p, sample.readingId()));
        operations.put(
                "back office: reading acquired", (d, p) -> d.meterReadings().acquire(sample.readingId()));
        operations.put("automatic acquisition: readings submitted 48 hours ago", (d, p) -> d.meterReadings()
                .acquireSubmittedBefore(Instant.now().minus(48, ChronoUnit.HOURS)));
        operations.put("portal: home overview", (d, p) -> d.overviews().overview(code));
        operations.put("portal: home notices", (d, p) -> d.overviews().notices(code, "it", 5));
        tickets(operations, code, sample);
        contractAndDocuments(operations, code, sample);
        return marked(operations);
    }

    /** The customer's tickets, one ticket, its attachment, and a status change from the back office. */
    private static void tickets(Map<String, Call> operations, CustomerCode code, Sample sample) {
        operations.put("portal: tickets", (d, p) -> d.tickets().list(code, 20));
        operations.put("portal: one ticket", (d, p) -> d.tickets().find(code, sample.ticketId()));
        operations.put("portal: ticket attachment", (d, p) -> d.tickets()
                .attachment(code, sample.ticketId(), sample.attachmentId()));
        operations.put("back office: ticket status", (d, p) -> d.tickets()
                .changeStatus(sample.ticketId(), SupportTicketStatus.IN_PROGRESS));
    }

    /** The supply point's contract with its meter, a page of documents, and one document downloaded. */
    private static void contractAndDocuments(Map<String, Call> operations, CustomerCode code, Sample sample) {
        operations.put("portal: contract", (d, p) -> d.contracts().of(p));
        operations.put("portal: documents page", (d, p) -> d.documents()
                .list(code, new DocumentQuery(DocumentScope.ALL, 0, 20)));
        operations.put("portal: document downloaded", (d, p) -> d.documents()
                .readable(code, sample.documentId())
                .map(document -> {
                    d.documents().content(document);
                    d.documents().downloaded(document);
                    return document;
                })
                .orElseThrow());
    }

    /** The contact row locked before a change, and a first and a later page of the changed-users sync. */
    private static void contactAndSync(Map<String, Call> operations, CustomerCode code) {
        operations.put(
                "portal: contact locked for a change", (d, p) -> d.customers().lockContact(code));
        operations.put("changed-users sync: first page", (d, p) -> d.customers()
                .changedAfter(ChangeCursor.startingAt(Instant.now().minus(1, ChronoUnit.DAYS)), 100));
        operations.put("changed-users sync: a later page", (d, p) -> d.customers()
                .changedAfter(new ChangeCursor(Instant.now().minus(1, ChronoUnit.DAYS), code.value()), 100));
    }

    /** Each call marked whether it takes the owned supply point. */
    private static Map<String, Operation> marked(Map<String, Call> operations) {
        Map<String, Operation> all = new LinkedHashMap<>();
        operations.forEach((name, call) -> all.put(name, new Operation(OWNED.contains(name), call)));
        return all;
    }

    /** A month of the sample's quarter-hours as stored, and a year of them summed per day. */
    private static void metering(Map<String, Call> operations, LocalDate today) {
        operations.put("portal: metering, a month of quarter-hours", (d, p) -> d.metering()
                .intervals(p, today.minusDays(30), today.minusDays(1), IntervalResolution.RAW));
        operations.put("portal: metering, a year by day", (d, p) -> d.metering()
                .intervals(p, today.minusDays(365), today.minusDays(1), IntervalResolution.DAY));
    }

    /** The owned supply point of the sample customer, looked up as the portal does before each of its calls. */
    static Function<CustomerDirectory, OwnedSupplyPoint> owned(Sample sample) {
        CustomerCode code = CustomerCode.stored(SyntheticCrm.customerCode(sample.customer()))
                .orElseThrow();
        long id = SyntheticCrm.supplyPointId(sample.customer(), 0);
        return d -> d.supplyPoints().owned(code, id).orElseThrow();
    }

    /** One directory call; {@code owned}: it takes the owned supply point, looked up in its transaction first. */
    record Operation(boolean owned, Call call) {}

    @FunctionalInterface
    interface Call {
        Object run(CustomerDirectory directory, OwnedSupplyPoint supplyPoint);
    }
}
