package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Address;
import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.NoticeRecord;
import it.sportello.keycloak.crm.NoticeSection;
import it.sportello.keycloak.crm.NoticeSeverity;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.TicketAttachmentRecord;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import it.sportello.keycloak.crm.readings.ReadingWindowEntity;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import java.util.List;

/** Entity to record mappings: the only way rows leave this package, so no entity reaches another module. */
final class CrmRecords {

    private CrmRecords() {}

    static CustomerRecord customer(CustomerEntity c) {
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

    static SupplyPointRecord supplyPoint(SupplyPointEntity s) {
        return new SupplyPointRecord(
                s.getId(),
                s.getCustomerCode(),
                s.getCommodity(),
                s.getPodPdr(),
                new Address(s.getStreet(), s.getPostalCode(), s.getCity(), s.getProvince()),
                s.getMeterType(),
                s.isHasCorrector());
    }

    static InvoiceRecord invoice(InvoiceEntity i) {
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

    static ConsumptionRecord consumption(ConsumptionEntity c) {
        return new ConsumptionRecord(
                c.getSupplyPointId(), c.getYear(), c.getMonth(), c.getEnergyKwh(), c.getPowerKw(), c.getVolumeM3());
    }

    static MeterReadingRecord meterReading(MeterReadingEntity r) {
        return new MeterReadingRecord(
                r.getId(),
                r.getSupplyPointId(),
                r.getReadingDate(),
                r.getMeterValue(),
                r.getCorrectorValue(),
                r.getStatus(),
                r.getInformation());
    }

    static NoticeRecord notice(NoticeEntity n) {
        return new NoticeRecord(
                n.getId(),
                n.getCustomerCode() == null,
                NoticeSeverity.ofStored(n.getSeverity()),
                n.getTitle(),
                n.getText(),
                n.getValidFrom(),
                n.getValidUntil(),
                NoticeSection.ofStored(n.getSection()).orElse(null));
    }

    static ReadingWindowRecord readingWindow(ReadingWindowEntity w) {
        return new ReadingWindowRecord(
                w.getCommodity(),
                w.getFromDay(),
                w.getToDay(),
                w.getFromHour() == null ? ReadingWindowRecord.START_OF_DAY : w.getFromHour(),
                w.getToHour() == null ? ReadingWindowRecord.END_OF_DAY : w.getToHour());
    }

    /** Attachment summaries as {@link TicketRepository#ticketAttachmentSummaries} selects them. */
    static TicketAttachmentRecord attachmentSummary(Object[] row) {
        return new TicketAttachmentRecord(
                (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue());
    }

    static TicketRecord ticket(
            SupportTicketEntity t, String locale, List<String> contacts, List<TicketAttachmentRecord> attachments) {
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
                locale,
                contacts,
                attachments);
    }
}
