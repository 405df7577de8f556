package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Address;
import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.ContactUpdateResult;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.LegacyPassword;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import it.sportello.keycloak.crm.MeterReadingDeletion;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.PrequalificationStatus;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.SupportRequest;
import it.sportello.keycloak.crm.TicketAttachmentContent;
import it.sportello.keycloak.crm.TicketAttachmentRecord;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.TicketStatusChange;
import it.sportello.keycloak.crm.VerificationResult;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import it.sportello.keycloak.crm.readings.MeterReadingStatus;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.SupportTicketStatus;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link CustomerDirectory} over the CRM contract tables of the {@code crm} persistence unit. Created per Keycloak
 * session by {@link JpaCustomerDirectoryFactory}; it normalizes the caller's input, asks {@link CrmRepository} and
 * maps entities to records, so no entity leaves this package.
 */
final class JpaCustomerDirectory implements CustomerDirectory {

    /** Upper bound of any list this directory returns in one call. */
    static final int MAX_RESULTS = 500;

    /** Category of the tickets from the public support form: people asking for help with access. */
    static final String SUPPORT_CATEGORY = "ACCESS";
    /** The form answers by email, so that is how staff reply. */
    static final String SUPPORT_CHANNEL = "EMAIL";
    /** Contacts of portal tickets are notified by email. */
    static final String PORTAL_CONTACT_CHANNEL = "EMAIL";
    /** Longest subject derived from a message; the column holds 255. */
    static final int MAX_SUBJECT_LENGTH = 120;

    /** Invoices of one customer within the proof-of-possession window looked at; a year of bills fits many times. */
    static final int MAX_RECENT_INVOICES = 200;

    private final CrmRepository repository;
    private final Clock clock;

    JpaCustomerDirectory(CrmRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerRecord> findByCustomerCode(String customerCode) {
        return normalizeCode(customerCode).flatMap(repository::customer).map(JpaCustomerDirectory::toRecord);
    }

    @Override
    public Optional<CustomerRecord> findByEmail(String email) {
        Optional<String> normalized = normalizeEmail(email);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        // Two customers with the same address cannot log in with it: refuse rather than pick one.
        List<CustomerEntity> found = repository.customersByEmail(normalized.get(), 2);
        return found.size() == 1 ? Optional.of(toRecord(found.get(0))) : Optional.empty();
    }

    @Override
    public List<CustomerRecord> findByTaxId(String taxId, int max) {
        return normalizeTaxId(taxId)
                .map(id -> repository.customersByTaxId(id, bounded(max)).stream()
                        .map(JpaCustomerDirectory::toRecord)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public VerificationResult verify(String customerCode, String taxId, String name) {
        Optional<CustomerEntity> customer = normalizeCode(customerCode).flatMap(repository::customer);
        String expected = customer.map(CustomerEntity::getTaxId).orElse("");
        String given = normalizeTaxId(taxId).orElse("");
        // Compare in constant time and always do the comparison, found or not.
        boolean taxIdMatches =
                MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))
                        && customer.isPresent()
                        && !given.isEmpty();
        if (!taxIdMatches) {
            return VerificationResult.NO_MATCH;
        }
        if (name != null && !name.isBlank() && !nameMatches(customer.get(), name)) {
            return VerificationResult.NO_MATCH;
        }
        return VerificationResult.MATCH;
    }

    @Override
    public boolean hasRecentInvoice(String customerCode, InvoiceNumber number, LocalDate since) {
        List<String> candidates = normalizeCode(customerCode)
                .map(code -> repository.invoiceNumbersSince(code, since, MAX_RECENT_INVOICES))
                .orElse(List.of());
        boolean matched = false;
        // every candidate is compared, also after a match: the time does not depend on which one matched
        for (String candidate : candidates) {
            matched |= number != null && number.matches(candidate);
        }
        return matched;
    }

    @Override
    public PrequalificationStatus prequalification(String customerCode) {
        return normalizeCode(customerCode)
                .flatMap(repository::customer)
                .map(c -> {
                    if (!c.isSupplier()) {
                        return PrequalificationStatus.NOT_SUPPLIER;
                    }
                    return c.isPrequalified()
                            ? PrequalificationStatus.PREQUALIFIED
                            : PrequalificationStatus.NOT_PREQUALIFIED;
                })
                .orElse(PrequalificationStatus.UNKNOWN_CUSTOMER);
    }

    @Override
    public Optional<LegacyPassword> legacyPassword(String customerCode) {
        return normalizeCode(customerCode).flatMap(repository::customer).flatMap(c -> {
            String hash = c.getLegacyPasswordHash();
            if (hash == null || hash.isBlank()) {
                return Optional.empty();
            }
            return LegacyPasswordAlgorithm.fromColumn(c.getLegacyPasswordAlgorithm())
                    .map(algorithm -> new LegacyPassword(algorithm, hash));
        });
    }

    @Override
    public void clearLegacyPassword(String customerCode) {
        normalizeCode(customerCode)
                .flatMap(repository::customer)
                .filter(c -> c.getLegacyPasswordHash() != null || c.getLegacyPasswordAlgorithm() != null)
                .ifPresent(c -> repository.clearLegacyPassword(c, clock.instant()));
    }

    @Override
    public List<SupplyPointRecord> supplyPoints(String customerCode) {
        return normalizeCode(customerCode)
                .map(code -> repository.supplyPoints(code).stream()
                        .limit(MAX_RESULTS)
                        .map(JpaCustomerDirectory::toRecord)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<SupplyPointRecord> supplyPoint(String customerCode, long supplyPointId) {
        return normalizeCode(customerCode)
                .flatMap(code -> repository.supplyPoint(code, supplyPointId))
                .map(JpaCustomerDirectory::toRecord);
    }

    @Override
    public List<InvoiceRecord> invoices(String customerCode, long supplyPointId, InvoiceQuery query) {
        return normalizeCode(customerCode)
                .map(code ->
                        repository
                                .invoices(code, supplyPointId, query.from(), query.to(), query.first(), query.max())
                                .stream()
                                .map(JpaCustomerDirectory::toRecord)
                                .toList())
                .orElse(List.of());
    }

    @Override
    public long countInvoices(String customerCode, long supplyPointId, InvoiceQuery query) {
        return normalizeCode(customerCode)
                .map(code -> repository.countInvoices(code, supplyPointId, query.from(), query.to()))
                .orElse(0L);
    }

    @Override
    public Optional<InvoiceRecord> invoice(String customerCode, String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            return Optional.empty();
        }
        return normalizeCode(customerCode)
                .flatMap(code -> repository.invoice(code, invoiceNumber.trim()))
                .map(JpaCustomerDirectory::toRecord);
    }

    @Override
    public List<ConsumptionRecord> consumption(String customerCode, long supplyPointId, int year) {
        if (supplyPoint(customerCode, supplyPointId).isEmpty()) {
            return List.of();
        }
        return repository.consumption(supplyPointId, year).stream()
                .map(JpaCustomerDirectory::toRecord)
                .toList();
    }

    @Override
    public ContactUpdateResult updateContact(String customerCode, ContactDetails contact) {
        Optional<CustomerEntity> customer = normalizeCode(customerCode).flatMap(repository::customer);
        if (customer.isEmpty()) {
            return ContactUpdateResult.UNKNOWN_CUSTOMER;
        }
        String email = normalizeEmail(contact.email()).orElse(null);
        if (email != null && repository.emailUsedByOther(email, customer.get().getCustomerCode())) {
            return ContactUpdateResult.EMAIL_IN_USE;
        }
        repository.updateContact(
                customer.get(), email, blankToNull(contact.phone()), blankToNull(contact.fax()), clock.instant());
        return ContactUpdateResult.UPDATED;
    }

    @Override
    public long createSupportRequest(SupportRequest request) {
        // verify() always runs the same query and comparison, so a match costs what a mismatch costs
        String linkedCode = request.claimsCustomer()
                        && verify(request.customerCode(), request.taxId(), null).matched()
                ? normalizeCode(request.customerCode()).orElseThrow()
                : null;
        long number = repository.nextTicketNumber();
        SupportTicketEntity ticket = new SupportTicketEntity(
                number,
                linkedCode,
                null,
                null,
                SUPPORT_CATEGORY,
                subjectOf(request.message()),
                request.message(),
                clock.instant());
        TicketContactEntity contact = new TicketContactEntity(
                ticket.getId(),
                blankToNull(request.contactName()),
                blankToNull(request.companyName()),
                normalizeEmail(request.email()).orElseThrow(),
                blankToNull(request.phone()),
                SUPPORT_CHANNEL,
                normalizeCode(request.customerCode()).orElse(null),
                normalizeTaxId(request.taxId()).orElse(null),
                blankToNull(request.locale()));
        repository.createTicket(ticket, contact);
        return number;
    }

    @Override
    public List<MeterReadingRecord> meterReadings(String customerCode, long supplyPointId, int max) {
        if (supplyPoint(customerCode, supplyPointId).isEmpty()) {
            return List.of();
        }
        return repository.meterReadings(supplyPointId, bounded(max)).stream()
                .map(JpaCustomerDirectory::toRecord)
                .toList();
    }

    @Override
    public Optional<ReadingWindowRecord> readingWindow(Commodity commodity) {
        return repository
                .readingWindow(commodity)
                .map(w -> new ReadingWindowRecord(w.getCommodity(), w.getFromDay(), w.getToDay()));
    }

    @Override
    public Optional<MeterReadingRecord> submitMeterReading(
            String customerCode,
            long supplyPointId,
            LocalDate readingDate,
            BigDecimal meterValue,
            BigDecimal correctorValue,
            String userId) {
        if (supplyPoint(customerCode, supplyPointId).isEmpty()) {
            return Optional.empty();
        }
        MeterReadingEntity reading =
                new MeterReadingEntity(supplyPointId, readingDate, meterValue, correctorValue, userId, clock.instant());
        repository.createMeterReading(reading);
        return Optional.of(toRecord(reading));
    }

    @Override
    public MeterReadingDeletion deleteMeterReading(String customerCode, long supplyPointId, String readingId) {
        Optional<MeterReadingEntity> reading = readingId == null
                ? Optional.empty()
                : repository.meterReading(readingId).filter(r -> r.getSupplyPointId() == supplyPointId);
        if (reading.isEmpty() || supplyPoint(customerCode, supplyPointId).isEmpty()) {
            return MeterReadingDeletion.NOT_FOUND;
        }
        if (reading.get().getStatus() == MeterReadingStatus.ACQUIRED) {
            return MeterReadingDeletion.ACQUIRED;
        }
        repository.deleteMeterReading(reading.get());
        return MeterReadingDeletion.DELETED;
    }

    @Override
    public Optional<MeterReadingRecord> acquireMeterReading(String readingId) {
        Optional<MeterReadingEntity> reading =
                readingId == null ? Optional.empty() : repository.meterReading(readingId);
        reading.ifPresent(r -> {
            r.acquire();
            repository.flush();
        });
        return reading.map(JpaCustomerDirectory::toRecord);
    }

    @Override
    public PortalTicketCreated createPortalTicket(String customerCode, String userId, PortalTicketRequest request) {
        String code = normalizeCode(customerCode).orElseThrow();
        long number = repository.nextTicketNumber();
        SupportTicketEntity ticket = new SupportTicketEntity(
                number,
                code,
                request.supplyPointId(),
                userId,
                request.category(),
                request.subject(),
                request.description(),
                clock.instant());
        ticket.describeMachine(blankToNull(request.machine()), blankToNull(request.machineState()));
        List<TicketContactEntity> contacts = request.contacts().stream()
                .map(email -> new TicketContactEntity(
                        ticket.getId(),
                        null,
                        null,
                        email,
                        null,
                        PORTAL_CONTACT_CHANNEL,
                        null,
                        null,
                        blankToNull(request.locale())))
                .toList();
        List<TicketAttachmentEntity> attachments = request.attachments().stream()
                .map(a -> new TicketAttachmentEntity(
                        ticket.getId(), a.filename(), a.contentType(), a.content(), clock.instant()))
                .toList();
        repository.createTicket(ticket, contacts, attachments);
        return new PortalTicketCreated(ticket.getId(), number);
    }

    @Override
    public List<TicketRecord> tickets(String customerCode, int max) {
        return normalizeCode(customerCode)
                .map(code -> repository.tickets(code, bounded(max)).stream()
                        .map(t -> toRecord(t, List.of(), List.of()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<TicketRecord> ticket(String customerCode, String ticketId) {
        return ownTicket(customerCode, ticketId).map(this::withDetails);
    }

    @Override
    public Optional<TicketAttachmentContent> ticketAttachment(
            String customerCode, String ticketId, String attachmentId) {
        if (attachmentId == null || ownTicket(customerCode, ticketId).isEmpty()) {
            return Optional.empty();
        }
        return repository
                .ticketAttachment(ticketId, attachmentId)
                .map(a -> new TicketAttachmentContent(
                        new TicketAttachmentRecord(a.getId(), a.getFilename(), a.getContentType(), a.getSizeBytes()),
                        a.getContent()));
    }

    @Override
    public Optional<TicketStatusChange> changeTicketStatus(String ticketId, SupportTicketStatus status) {
        Optional<SupportTicketEntity> ticket = ticketId == null ? Optional.empty() : repository.ticket(ticketId);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        SupportTicketStatus previous = ticket.get().getStatus();
        if (previous != status) {
            ticket.get().changeStatus(status, clock.instant());
            repository.flush();
        }
        return Optional.of(new TicketStatusChange(withDetails(ticket.get()), previous));
    }

    @Override
    public List<CustomerRecord> search(String text, int first, int max) {
        return repository.searchCustomers(searchText(text), Math.max(0, first), bounded(max)).stream()
                .map(JpaCustomerDirectory::toRecord)
                .toList();
    }

    @Override
    public long count(String text) {
        return repository.countCustomers(searchText(text));
    }

    @Override
    public List<CustomerRecord> changedSince(Instant since, int first, int max) {
        return repository.customersChangedSince(since, Math.max(0, first), bounded(max)).stream()
                .map(JpaCustomerDirectory::toRecord)
                .toList();
    }

    @Override
    public void close() {
        // The entity manager belongs to the session's JpaConnectionProvider, which closes it.
    }

    static CustomerRecord toRecord(CustomerEntity c) {
        return new CustomerRecord(
                c.getCustomerCode(),
                c.getKind(),
                c.getFirstName(),
                c.getLastName(),
                c.getCompanyName(),
                c.getTaxId(),
                c.getEmail(),
                c.getPhone(),
                c.getFax(),
                new Address(c.getStreet(), c.getPostalCode(), c.getCity(), c.getProvince()),
                c.isSupplier(),
                c.isPrequalified(),
                c.getPrequalifiedAt(),
                c.getUpdatedAt());
    }

    static SupplyPointRecord toRecord(SupplyPointEntity s) {
        return new SupplyPointRecord(
                s.getId(),
                s.getCustomerCode(),
                s.getCommodity(),
                s.getPodPdr(),
                new Address(s.getStreet(), s.getPostalCode(), s.getCity(), s.getProvince()),
                s.getMeterType(),
                s.isHasCorrector());
    }

    static InvoiceRecord toRecord(InvoiceEntity i) {
        return new InvoiceRecord(
                i.getNumber(),
                i.getCustomerCode(),
                i.getSupplyPointId(),
                i.getIssueDate(),
                i.getPeriodFrom(),
                i.getPeriodTo(),
                i.getAmount(),
                i.getDueDate(),
                i.getStatus(),
                i.getPdfLocation());
    }

    static ConsumptionRecord toRecord(ConsumptionEntity c) {
        return new ConsumptionRecord(
                c.getSupplyPointId(), c.getYear(), c.getMonth(), c.getEnergyKwh(), c.getPowerKw(), c.getVolumeM3());
    }

    static MeterReadingRecord toRecord(MeterReadingEntity r) {
        return new MeterReadingRecord(
                r.getId(),
                r.getSupplyPointId(),
                r.getReadingDate(),
                r.getMeterValue(),
                r.getCorrectorValue(),
                r.getStatus());
    }

    private Optional<SupportTicketEntity> ownTicket(String customerCode, String ticketId) {
        Optional<String> code = normalizeCode(customerCode);
        if (code.isEmpty() || ticketId == null) {
            return Optional.empty();
        }
        return repository.ticket(ticketId).filter(t -> code.get().equals(t.getCustomerCode()));
    }

    private TicketRecord withDetails(SupportTicketEntity ticket) {
        List<TicketContactEntity> contacts = repository.ticketContacts(ticket.getId());
        List<TicketAttachmentRecord> attachments = repository.ticketAttachmentSummaries(ticket.getId()).stream()
                .map(row -> new TicketAttachmentRecord(
                        (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()))
                .toList();
        TicketRecord record = toRecord(
                ticket,
                contacts.stream()
                        .map(TicketContactEntity::getEmail)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                attachments);
        String locale = contacts.stream()
                .map(TicketContactEntity::getLocale)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new TicketRecord(
                record.id(),
                record.number(),
                record.customerCode(),
                record.category(),
                record.subject(),
                record.status(),
                record.supplyPointId(),
                record.createdAt(),
                record.updatedAt(),
                record.machine(),
                record.machineState(),
                record.description(),
                locale,
                record.contacts(),
                record.attachments());
    }

    static TicketRecord toRecord(
            SupportTicketEntity t, List<String> contacts, List<TicketAttachmentRecord> attachments) {
        return new TicketRecord(
                t.getId(),
                t.getTicketNumber(),
                t.getCustomerCode(),
                t.getCategory(),
                t.getSubject(),
                t.getStatus(),
                t.getSupplyPointId(),
                t.getCreatedAt(),
                t.getUpdatedAt(),
                t.getMachine(),
                t.getMachineState(),
                t.getMessage(),
                null,
                contacts,
                attachments);
    }

    static Optional<String> normalizeCode(String customerCode) {
        if (customerCode == null || customerCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(customerCode.trim().toUpperCase(Locale.ROOT));
    }

    static Optional<String> normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(email.trim().toLowerCase(Locale.ROOT));
    }

    /** Upper case without spaces; a partita IVA written with the {@code IT} VAT prefix loses the prefix. */
    static Optional<String> normalizeTaxId(String taxId) {
        if (taxId == null || taxId.isBlank()) {
            return Optional.empty();
        }
        String compact = taxId.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() == 13
                && compact.startsWith("IT")
                && compact.substring(2).chars().allMatch(Character::isDigit)) {
            compact = compact.substring(2);
        }
        return Optional.of(compact);
    }

    /** Lower case, accents removed, letters and digits only: "Acqua Chiara S.r.l." equals "acqua chiara srl". */
    static String normalizeName(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean nameMatches(CustomerEntity customer, String name) {
        String expected =
                customer.getKind() == CustomerKind.COMPANY ? customer.getCompanyName() : customer.getLastName();
        String normalizedExpected = normalizeName(expected);
        return !normalizedExpected.isEmpty() && normalizedExpected.equals(normalizeName(name));
    }

    /** The first non-blank line of the message, cut at a word where possible, for staff's ticket lists. */
    static String subjectOf(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= MAX_SUBJECT_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_SUBJECT_LENGTH - 1);
        if (cut <= MAX_SUBJECT_LENGTH / 2) {
            cut = MAX_SUBJECT_LENGTH - 1;
            if (Character.isHighSurrogate(line.charAt(cut - 1))) {
                cut--;
            }
        }
        return line.substring(0, cut).strip() + "…";
    }

    private static String searchText(String text) {
        return text == null ? "" : text.trim().replace("*", "");
    }

    private static int bounded(int max) {
        return Math.max(1, Math.min(max, MAX_RESULTS));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
