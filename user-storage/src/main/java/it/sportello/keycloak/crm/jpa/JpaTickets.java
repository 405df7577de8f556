package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.SupportRequest;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketAttachmentContent;
import it.sportello.keycloak.crm.TicketAttachmentRecord;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.TicketStatusChange;
import it.sportello.keycloak.crm.Tickets;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import it.sportello.keycloak.taxid.TaxId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Tickets} over Sportello's ticket tables in the CRM database. */
final class JpaTickets implements Tickets {

    /** Category of the tickets from the public support form: people asking for help with access. */
    static final String SUPPORT_CATEGORY = "ACCESS";
    /** The form answers by email, so that is how staff reply. */
    static final String SUPPORT_CHANNEL = "EMAIL";
    /** Contacts of portal tickets are notified by email. */
    static final String PORTAL_CONTACT_CHANNEL = "EMAIL";
    /** Longest subject derived from a message; the column holds 255. */
    static final int MAX_SUBJECT_LENGTH = 120;

    private final TicketRepository repository;
    private final Customers customers;
    private final Clock clock;

    JpaTickets(TicketRepository repository, Customers customers, Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public long createSupportRequest(SupportRequest request) {
        // verify() always runs the same query and comparison, so a match costs what a mismatch costs
        String linkedCode = request.claimsCustomer()
                        && customers
                                .verify(request.customerCode(), request.taxId(), null)
                                .matched()
                ? request.customerCode().value()
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
                CrmQueries.blankToNull(request.contactName()),
                CrmQueries.blankToNull(request.companyName()),
                CrmQueries.normalizeEmail(request.email()).orElseThrow(),
                CrmQueries.blankToNull(request.phone()),
                SUPPORT_CHANNEL,
                Optional.ofNullable(request.customerCode())
                        .map(CustomerCode::value)
                        .orElse(null),
                Optional.ofNullable(request.taxId()).map(TaxId::value).orElse(null),
                CrmQueries.blankToNull(request.locale()));
        repository.createTicket(ticket, List.of(contact), List.of());
        return number;
    }

    @Override
    public PortalTicketCreated create(
            CustomerCode customerCode, OwnedSupplyPoint supplyPoint, String userId, PortalTicketRequest request) {
        Objects.requireNonNull(customerCode, "customerCode");
        Long supplyPointId =
                supplyPoint == null ? null : JpaOwnedSupplyPoint.of(supplyPoint).id();
        if (supplyPoint != null && !supplyPoint.customerCode().equals(customerCode)) {
            throw new IllegalArgumentException("Supply point of another customer");
        }
        long number = repository.nextTicketNumber();
        SupportTicketEntity ticket = new SupportTicketEntity(
                number,
                customerCode.value(),
                supplyPointId,
                userId,
                request.category(),
                request.subject(),
                request.description(),
                clock.instant());
        if (request.machine() != null && !request.machine().owner().equals(customerCode)) {
            throw new IllegalArgumentException("Machine of another customer");
        }
        ticket.describeMachine(
                request.machine() == null ? null : request.machine().id(),
                request.machine() == null ? null : request.machine().label(),
                CrmQueries.blankToNull(request.machineState()));
        String locale = CrmQueries.blankToNull(request.locale());
        List<TicketContactEntity> contacts = request.contacts().stream()
                .map(email -> new TicketContactEntity(
                        ticket.getId(), null, null, email, null, PORTAL_CONTACT_CHANNEL, null, null, locale))
                .toList();
        List<TicketAttachmentEntity> attachments = request.attachments().stream()
                .map(a -> new TicketAttachmentEntity(
                        ticket.getId(), a.filename(), a.contentType(), a.content(), clock.instant()))
                .toList();
        repository.createTicket(ticket, contacts, attachments);
        return new PortalTicketCreated(ticket.getId(), number);
    }

    @Override
    public List<TicketRecord> list(CustomerCode customerCode, int max) {
        if (customerCode == null) {
            return List.of();
        }
        return repository.tickets(customerCode.value(), CrmQueries.bounded(max)).stream()
                .map(t -> CrmRecords.ticket(t, null, List.of(), List.of()))
                .toList();
    }

    @Override
    public Optional<TicketRecord> find(CustomerCode customerCode, String ticketId) {
        return ownTicket(customerCode, ticketId).map(this::withDetails);
    }

    @Override
    public Optional<TicketAttachmentContent> attachment(
            CustomerCode customerCode, String ticketId, String attachmentId) {
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
    public Optional<TicketStatusChange> changeStatus(String ticketId, SupportTicketStatus status) {
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

    private Optional<SupportTicketEntity> ownTicket(CustomerCode customerCode, String ticketId) {
        if (customerCode == null || ticketId == null) {
            return Optional.empty();
        }
        return repository.ticket(customerCode.value(), ticketId);
    }

    /** The ticket with its contacts and the opening request's attachments (without their bytes). */
    TicketRecord withDetails(SupportTicketEntity ticket) {
        List<TicketContactEntity> contacts = repository.ticketContacts(ticket.getId());
        List<TicketAttachmentRecord> attachments = repository.ticketAttachmentSummaries(ticket.getId()).stream()
                .map(CrmRecords::attachmentSummary)
                .toList();
        String locale = contacts.stream()
                .map(TicketContactEntity::getLocale)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        List<String> emails = contacts.stream()
                .map(TicketContactEntity::getEmail)
                .filter(Objects::nonNull)
                .toList();
        return CrmRecords.ticket(ticket, locale, emails, attachments);
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
}
