package it.sportello.keycloak.portal;

import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import org.keycloak.Config;

/**
 * Typed view of the portal API options; defaults live here only.
 *
 * @param invoiceDirectory base directory of the invoice PDFs, or null
 * @param demoInvoices whether the demo invoices' PDFs in the jar are served
 * @param maxAttachmentSize largest ticket attachment in bytes
 * @param maxReadingIncrease largest increase of a self-reading over the previous one
 * @param zone time zone of reading dates and windows
 */
public record PortalConfig(
        Path invoiceDirectory,
        boolean demoInvoices,
        long maxAttachmentSize,
        BigDecimal maxReadingIncrease,
        ZoneId zone) {

    static final int DEFAULT_MAX_ATTACHMENT_SIZE = TicketAttachmentEntity.MAX_CONTENT_BYTES;
    static final BigDecimal DEFAULT_MAX_READING_INCREASE = new BigDecimal("100000");
    static final String DEFAULT_TIME_ZONE = "Europe/Rome";

    public PortalConfig {
        if (maxAttachmentSize < 1 || maxAttachmentSize > TicketAttachmentEntity.MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException(
                    "portal: max-attachment-size must be between 1 and " + TicketAttachmentEntity.MAX_CONTENT_BYTES);
        }
        if (maxReadingIncrease.signum() <= 0) {
            throw new IllegalArgumentException("portal: max-reading-increase must be positive");
        }
    }

    static PortalConfig defaults() {
        return new PortalConfig(
                null, false, DEFAULT_MAX_ATTACHMENT_SIZE, DEFAULT_MAX_READING_INCREASE, ZoneId.of(DEFAULT_TIME_ZONE));
    }

    /** The options, with {@code demoInvoices} defaulting to whether the CRM directory loads its demo data. */
    static PortalConfig from(Config.Scope scope, boolean crmDemoData) {
        String directory = scope.get(PortalConfigProperties.INVOICE_DIRECTORY);
        String increase = scope.get(PortalConfigProperties.MAX_READING_INCREASE);
        BigDecimal maxIncrease;
        try {
            maxIncrease = increase == null || increase.isBlank()
                    ? DEFAULT_MAX_READING_INCREASE
                    : new BigDecimal(increase.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portal: max-reading-increase must be a number");
        }
        return new PortalConfig(
                directory == null || directory.isBlank() ? null : Path.of(directory.trim()),
                scope.getBoolean(PortalConfigProperties.DEMO_INVOICES, crmDemoData),
                scope.getLong(PortalConfigProperties.MAX_ATTACHMENT_SIZE, (long) DEFAULT_MAX_ATTACHMENT_SIZE),
                maxIncrease,
                ZoneId.of(scope.get(PortalConfigProperties.TIME_ZONE, DEFAULT_TIME_ZONE)));
    }
}
